"""Core of the thirty-third PII bank, held-out half: labelled values, the
template language, the clean-up, people, addresses, phone numbers, IBANs,
cards, Steuer-IDs, IP addresses, look-alikes and the self-checks.

Template language (prose):
  [[a|b|c]]      one alternative
  <<text>>       optional (half of the draws)
  {x} {x.attr}   a slot: plain text, a labelled value (Lab) or a list of pieces
  {x?a|b}        person x male -> a, female -> b; a bool x -> a if true
"""

import datetime
import ipaddress
import re
import unicodedata

import pii33_held_names as N

TYPES = ("PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")


class Lab:
    """A labelled value.  It refuses to be used as plain text."""
    __slots__ = ("type", "value")

    def __init__(self, typ, value):
        assert typ in TYPES, typ
        self.type = typ
        self.value = value

    def __str__(self):
        raise TypeError("Lab used as plain text: %r" % self.value)

    def __repr__(self):
        return "Lab(%s,%r)" % (self.type, self.value)


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words_of(s):
    return [w for w in WORD_RE.findall(s)]


# ---------------------------------------------------------------- template language

_PARSE_CACHE = {}


def _parse_seq(s, i, stops):
    seq, buf = [], []

    def flush():
        if buf:
            seq.append(("t", "".join(buf)))
            buf.clear()
    while i < len(s):
        for st in stops:
            if s.startswith(st, i):
                flush()
                return seq, i
        if s.startswith("[[", i):
            flush()
            alts = []
            i += 2
            while True:
                sub, i = _parse_seq(s, i, ("|", "]]"))
                alts.append(sub)
                if s.startswith("]]", i):
                    i += 2
                    break
                i += 1
            seq.append(("alt", alts))
        elif s.startswith("<<", i):
            flush()
            sub, i = _parse_seq(s, i + 2, (">>",))
            if not s.startswith(">>", i):
                raise ValueError("unclosed << in %r" % s[:60])
            i += 2
            seq.append(("opt", sub))
        elif s[i] == "{":
            flush()
            j = i + 1
            while j < len(s) and s[j] not in "?}":
                j += 1
            name = s[i + 1:j]
            if j >= len(s):
                raise ValueError("unclosed { in %r" % s[:60])
            if s[j] == "}":
                if "." in name:
                    a, b = name.split(".", 1)
                    seq.append(("slot", a, b))
                else:
                    seq.append(("slot", name, None))
                i = j + 1
            else:
                i = j + 1
                a, i = _parse_seq(s, i, ("|", "}"))
                if not s.startswith("|", i):
                    raise ValueError("cond without | in %r" % s[:60])
                b, i = _parse_seq(s, i + 1, ("}",))
                i += 1
                seq.append(("cond", name, a, b))
        else:
            buf.append(s[i])
            i += 1
    flush()
    return seq, i


def parse(s):
    t = _PARSE_CACHE.get(s)
    if t is None:
        t, i = _parse_seq(s, 0, ())
        _PARSE_CACHE[s] = t
    return t


def _resolve(ctx, name, attr):
    obj = ctx[name]
    if attr is None:
        return obj
    v = getattr(obj, attr)
    return v() if callable(v) and not isinstance(v, Lab) else v


def render_nodes(nodes, ctx, rng, out):
    for n in nodes:
        k = n[0]
        if k == "t":
            out.append(n[1])
        elif k == "alt":
            render_nodes(n[1][rng.randrange(len(n[1]))], ctx, rng, out)
        elif k == "opt":
            if rng.random() < 0.5:
                render_nodes(n[1], ctx, rng, out)
        elif k == "slot":
            v = _resolve(ctx, n[1], n[2])
            add_piece(out, v)
        elif k == "cond":
            obj = ctx[n[1]]
            flag = (obj.gender == "m") if isinstance(obj, Person) else bool(obj)
            render_nodes(n[2] if flag else n[3], ctx, rng, out)


def add_piece(out, v):
    if isinstance(v, Lab):
        out.append(v)
    elif isinstance(v, (list, tuple)):
        for x in v:
            add_piece(out, x)
    elif v is None:
        pass
    else:
        out.append(str(v))


def assemble(pieces):
    out, spans, pos = [], [], 0
    for p in pieces:
        if isinstance(p, Lab):
            spans.append([pos, pos + len(p.value), p.type])
            out.append(p.value)
            pos += len(p.value)
        else:
            out.append(p)
            pos += len(p)
    return "".join(out), spans


def clean(text, spans, prose):
    """Remove layout noise outside spans; spans move with the text."""
    n = len(text)
    prot = [False] * n
    for s, e, _ in spans:
        for k in range(s, e):
            prot[k] = True
    keep = [True] * n
    # trailing spaces on lines
    i = 0
    while i < n:
        if text[i] == "\n":
            j = i - 1
            while j >= 0 and text[j] in " \t" and not prot[j] and keep[j]:
                keep[j] = False
                j -= 1
        i += 1
    j = n - 1
    while j >= 0 and text[j] in " \t\n" and not prot[j]:
        keep[j] = False
        j -= 1
    if prose:
        prev_kept = ""
        line_start = True
        for i, c in enumerate(text):
            if not keep[i]:
                continue
            if prot[i]:
                prev_kept = c
                line_start = False
                continue
            if c == " ":
                nxt = text[i + 1] if i + 1 < n else ""
                if line_start or prev_kept == " " or prev_kept == "(" or (nxt in ",.;:!?)" and nxt != ""):
                    keep[i] = False
                    continue
            if c == "." and prev_kept == "." and not prot[i]:
                keep[i] = False
                continue
            if c == "," and prev_kept == ",":
                keep[i] = False
                continue
            prev_kept = c
            line_start = (c == "\n")
    # leading whitespace of the text
    for i in range(n):
        if text[i] in " \n\t" and not prot[i]:
            keep[i] = False
        else:
            break
    newpos = [0] * (n + 1)
    buf = []
    p = 0
    for i, c in enumerate(text):
        newpos[i] = p
        if keep[i]:
            buf.append(c)
            p += 1
    newpos[n] = p
    t2 = "".join(buf)
    # blank lines beyond one
    spans2 = [[newpos[s], newpos[e - 1] + 1, ty] for s, e, ty in spans]
    while "\n\n\n" in t2:
        k = t2.index("\n\n\n")
        t2 = t2[:k] + t2[k + 1:]
        spans2 = [[s - (1 if s > k else 0), e - (1 if e > k else 0), ty] for s, e, ty in spans2]
    return t2, spans2


# ---------------------------------------------------------------- checksums

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(d):
    for c in "0123456789":
        if luhn_ok(d + c):
            return c


def card_issuer(d):
    L = len(d)
    if d[0] == "4" and L in (13, 16, 19):
        return "Visa"
    p2, p4 = int(d[:2]), int(d[:4])
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and L == 16:
        return "Mastercard"
    if p2 in (34, 37) and L == 15:
        return "Amex"
    if (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649) and 16 <= L <= 19:
        return "Discover"
    if 3528 <= p4 <= 3589 and 16 <= L <= 19:
        return "JCB"
    if (p2 in (36, 38, 39) or 300 <= int(d[:3]) <= 305) and 14 <= L <= 19:
        return "Diners"
    if d.startswith("62") and 16 <= L <= 19:
        return "UnionPay"
    if (d.startswith("50") or 56 <= p2 <= 69) and 12 <= L <= 19:
        return "Maestro"
    return None


def card_valid(d):
    return d.isdigit() and 12 <= len(d) <= 19 and card_issuer(d) is not None and luhn_ok(d)


def taxid_valid(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    first = d[:10]
    counts = {}
    for c in first:
        counts[c] = counts.get(c, 0) + 1
    multi = [c for c in counts if counts[c] > 1]
    if len(multi) != 1 or counts[multi[0]] not in (2, 3):
        return False
    if counts[multi[0]] == 3:
        for k in range(8):
            if first[k] == first[k + 1] == first[k + 2] == multi[0]:
                return False
    return taxid_check(first) == int(d[10])


def taxid_check(first10):
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
            "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
            "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18,
            "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26}


def iban_mod(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_valid(s):
    s = s.replace(" ", "")
    return len(s) >= 15 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s[2:4].isdigit() \
        and s[4:].isalnum() and s.isupper() is not False and iban_mod(s) == 1


def iban_make(cc, bban):
    s = cc + "00" + bban
    check = 98 - iban_mod(s)
    return cc + "%02d" % check + bban


def gtin_digit(d12):
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- detectors (outside spans)

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
DIGRUN_RE = re.compile(r"\d(?:[ \-./\t]?\d)*")
URL_RE = re.compile(r"https?://[^\s\"'<>]+")
HANDLE_RE = re.compile(r"(?<![\w.])@[\w.\-]+")


def digit_runs(text):
    for m in DIGRUN_RE.finditer(text):
        yield re.sub(r"\D", "", m.group(0))


def bad_digits(text):
    """A valid card number or Steuer-ID inside a digit run (joined across single separators)."""
    for d in digit_runs(text):
        L = len(d)
        if L >= 11:
            for k in range(L - 10):
                if taxid_valid(d[k:k + 11]):
                    return "taxid " + d[k:k + 11]
        if L >= 12:
            for w in range(12, min(19, L) + 1):
                for k in range(L - w + 1):
                    if card_valid(d[k:k + w]):
                        return "card " + d[k:k + w]
    return None


def find_iban(text):
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})", text):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        need = IBAN_LEN[cc] - 4
        chars = []
        i = m.end()
        while i < len(text) and len(chars) < need:
            c = text[i]
            if c.isalnum() and c.isascii():
                chars.append(c.upper())
            elif c == " " and i + 1 < len(text) and text[i + 1].isalnum():
                pass
            else:
                break
            i += 1
        if len(chars) == need and iban_valid(cc + m.group(2) + "".join(chars)):
            return cc + m.group(2) + "".join(chars)
    return None


def outside_problems(text, spans):
    """Values that should be labelled but sit outside the spans."""
    masked = list(text)
    for s, e, _ in spans:
        for k in range(s, e):
            masked[k] = "#"
    m = "".join(masked)
    probs = []
    em = EMAIL_RE.search(m)
    if em:
        probs.append("email " + em.group(0))
    for x in IPV4_RE.finditer(m):
        parts = x.group(0).split(".")
        if all(int(p) <= 255 for p in parts):
            probs.append("ipv4 " + x.group(0))
    for x in IPV6_RE.finditer(m):
        cand = x.group(0)
        if cand.count(":") >= 2:
            try:
                ipaddress.IPv6Address(cand)
                probs.append("ipv6 " + cand)
            except ValueError:
                pass
    ib = find_iban(m)
    if ib:
        probs.append("iban " + ib)
    bd = bad_digits(m)
    if bd:
        probs.append(bd)
    return probs


def name_parts(value):
    out = []
    for w in re.split(r"[\s,\-]+", value):
        w = w.strip(".")
        if len(w) <= 1 or w.lower() in N.PARTICLES:
            continue
        out.append(w)
    return out


def name_leaks(text, spans):
    parts = {}
    for s, e, ty in spans:
        if ty == "PERSON":
            for p in name_parts(text[s:e]):
                parts[fold(p).lower()] = p
    if not parts:
        return []
    masked = list(text)
    for s, e, _ in spans:
        for k in range(s, e):
            masked[k] = " "
    m = "".join(masked)
    for rx in (EMAIL_RE, URL_RE, HANDLE_RE):
        m = rx.sub(lambda x: " " * len(x.group(0)), m)
    bad = []
    for w in WORD_RE.findall(m):
        for w2 in (w, re.sub(r"['’]s$", "", w)):
            if fold(w2).lower() in parts:
                bad.append(w)
                break
    return bad


def check_record(text, spans, has_pii, prose=True):
    """All self-checks of one rendering; returns a list of problems."""
    probs = []
    last_end = -1
    for s, e, ty in spans:
        v = text[s:e]
        if s < last_end:
            probs.append("overlap")
        last_end = e
        if not v or v != v.strip():
            probs.append("space at span end %r" % v)
        if "\n" in v and ty != "STREET_ADDRESS":
            probs.append("newline in %s" % ty)
        if ty == "IBAN" and not iban_valid(v):
            probs.append("bad iban " + v)
        if ty == "CREDIT_CARD":
            d = re.sub(r"[ \-]", "", v)
            if not card_valid(d):
                probs.append("bad card " + v)
        if ty == "DE_TAX_ID" and not taxid_valid(v.replace(" ", "")):
            probs.append("bad taxid " + v)
        if ty == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append("bad ip " + v)
        if ty == "EMAIL" and not re.fullmatch(EMAIL_RE, v):
            probs.append("bad email " + v)
        if ty == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            probs.append("short phone " + v)
        if ty == "PERSON" and re.search(r"\d", v):
            probs.append("digit in person " + v)
    pers = [(s, e) for s, e, ty in spans if ty == "PERSON"]
    for (s1, e1), (s2, e2) in zip(pers, pers[1:]):
        between = text[e1:s2]
        if between.strip(" \n") == "" and not any(s >= e1 and e <= s2 for s, e, t in spans if t != "PERSON"):
            probs.append("adjacent persons %r %r" % (text[s1:e1], text[s2:e2]))
    for s, e, ty in spans:
        if ty == "STREET_ADDRESS" and "\n" not in text[s:e]:
            rest = text[e:e + 40]
            if re.match(r"\n(?:[A-Z]{1,2}-)?\d{4,5} [A-ZÄÖÜ]", rest) or re.match(r", (?:[A-Z]{1,2}-)?\d{4,5} [A-ZÄÖÜ][a-zäöü]", rest):
                probs.append("street followed by town " + text[s:e])
    probs += outside_problems(text, spans)
    leaks = name_leaks(text, spans)
    if leaks:
        probs.append("name part outside: %s" % leaks[:3])
    if has_pii and not spans:
        probs.append("no span")
    if not has_pii and spans:
        probs.append("span in clean text")
    if text.count("\n") + 1 > 15:
        probs.append("too many lines")
    if (prose and re.search(r"\[\[|\]\]|<<|>>", text)) or re.search(r"\{[a-z_]+[.?}]", text):
        probs.append("template mark left")
    if re.search(r"[\x00-\x08\x0b-\x1f]", text):
        probs.append("control char")
    if text != text.strip():
        probs.append("outer space")
    return probs


# ---------------------------------------------------------------- world data

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

# town, postcode range, area code (national, with 0), extra (state / province / routing key)
TOWNS = {
    "DE": [("Berlin", 10115, 14199, "030"), ("Hamburg", 20095, 22769, "040"), ("München", 80331, 81929, "089"),
           ("Köln", 50667, 51149, "0221"), ("Frankfurt am Main", 60306, 60599, "069"), ("Stuttgart", 70173, 70629, "0711"),
           ("Leipzig", 4103, 4357, "0341"), ("Dresden", 1067, 1328, "0351"), ("Nürnberg", 90402, 90491, "0911"),
           ("Freiburg im Breisgau", 79098, 79117, "0761"), ("Münster", 48143, 48167, "0251"), ("Kassel", 34117, 34134, "0561"),
           ("Augsburg", 86150, 86199, "0821"), ("Regensburg", 93047, 93059, "0941"), ("Bielefeld", 33602, 33739, "0521"),
           ("Rosenheim", 83022, 83026, "08031"), ("Kempten", 87435, 87439, "0831"), ("Garmisch-Partenkirchen", 82467, 82467, "08821"),
           ("Ulm", 89073, 89081, "0731"), ("Würzburg", 97070, 97084, "0931"), ("Hannover", 30159, 30669, "0511"),
           ("Bremen", 28195, 28779, "0421"), ("Mainz", 55116, 55131, "06131"), ("Heidelberg", 69115, 69126, "06221"),
           ("Konstanz", 78462, 78467, "07531"), ("Göttingen", 37073, 37085, "0551"), ("Erfurt", 99084, 99099, "0361"),
           ("Bonn", 53111, 53229, "0228"), ("Karlsruhe", 76131, 76229, "0721"), ("Traunstein", 83278, 83278, "0861"),
           ("Bad Tölz", 83646, 83646, "08041"), ("Sonthofen", 87527, 87527, "08321")],
    "AT": [("Wien", 1010, 1230, "01"), ("Graz", 8010, 8055, "0316"), ("Linz", 4020, 4040, "0732"), ("Salzburg", 5020, 5026, "0662"),
           ("Innsbruck", 6020, 6020, "0512"), ("Klagenfurt am Wörthersee", 9020, 9020, "0463"), ("Villach", 9500, 9500, "04242"),
           ("St. Pölten", 3100, 3100, "02742"), ("Bregenz", 6900, 6900, "05574"), ("Dornbirn", 6850, 6850, "05572"),
           ("Schladming", 8970, 8970, "03687"), ("Kitzbühel", 6370, 6370, "05356"), ("Wels", 4600, 4600, "07242"),
           ("Leoben", 8700, 8700, "03842"), ("Lienz", 9900, 9900, "04852"), ("Zell am See", 5700, 5700, "06542")],
    "CH": [("Zürich", 8001, 8057, "044"), ("Bern", 3001, 3027, "031"), ("Basel", 4001, 4059, "061"), ("Luzern", 6003, 6006, "041"),
           ("St. Gallen", 9000, 9016, "071"), ("Winterthur", 8400, 8411, "052"), ("Chur", 7000, 7000, "081"), ("Thun", 3600, 3600, "033"),
           ("Interlaken", 3800, 3800, "033"), ("Lausanne", 1003, 1018, "021"), ("Genève", 1201, 1209, "022"), ("Lugano", 6900, 6900, "091"),
           ("Zug", 6300, 6300, "041"), ("Aarau", 5000, 5000, "062"), ("Davos Platz", 7270, 7270, "081"), ("Frauenfeld", 8500, 8500, "052")],
    "GB": [("London", None, None, "020", ["N1", "N7", "E8", "E17", "SE15", "SE22", "SW9", "SW11", "NW3", "NW5", "W12"]),
           ("Manchester", None, None, "0161", ["M1", "M4", "M14", "M20"]), ("Leeds", None, None, "0113", ["LS1", "LS6", "LS8", "LS17"]),
           ("Bristol", None, None, "0117", ["BS1", "BS3", "BS6", "BS8"]), ("Sheffield", None, None, "0114", ["S1", "S7", "S10", "S11"]),
           ("Edinburgh", None, None, "0131", ["EH1", "EH3", "EH6", "EH10"]), ("Glasgow", None, None, "0141", ["G1", "G3", "G12", "G41"]),
           ("Cardiff", None, None, "029", ["CF10", "CF11", "CF23", "CF24"]), ("Kendal", None, None, "01539", ["LA9"]),
           ("Keswick", None, None, "017687", ["CA12"]), ("Ambleside", None, None, "015394", ["LA22"]),
           ("Inverness", None, None, "01463", ["IV1", "IV2", "IV3"]), ("Fort William", None, None, "01397", ["PH33"]),
           ("York", None, None, "01904", ["YO1", "YO10", "YO24", "YO31"]), ("Bath", None, None, "01225", ["BA1", "BA2"]),
           ("Exeter", None, None, "01392", ["EX1", "EX2", "EX4"]), ("Newcastle upon Tyne", None, None, "0191", ["NE1", "NE2", "NE6"]),
           ("Nottingham", None, None, "0115", ["NG1", "NG5", "NG7"]), ("Brighton", None, None, "01273", ["BN1", "BN2", "BN3"]),
           ("Aberdeen", None, None, "01224", ["AB10", "AB15", "AB25"]), ("Cambridge", None, None, "01223", ["CB1", "CB2", "CB4"]),
           ("Oxford", None, None, "01865", ["OX1", "OX2", "OX4"]), ("Chester", None, None, "01244", ["CH1", "CH2", "CH4"])],
    "US": [("Portland", 97201, 97233, "503", "OR"), ("Denver", 80202, 80238, "303", "CO"), ("Boulder", 80301, 80305, "303", "CO"),
           ("Seattle", 98101, 98199, "206", "WA"), ("Salt Lake City", 84101, 84121, "801", "UT"), ("Bozeman", 59715, 59718, "406", "MT"),
           ("Burlington", 5401, 5408, "802", "VT"), ("Asheville", 28801, 28806, "828", "NC"), ("Boston", 2108, 2136, "617", "MA"),
           ("Chicago", 60601, 60657, "312", "IL"), ("Minneapolis", 55401, 55419, "612", "MN"), ("Austin", 78701, 78759, "512", "TX"),
           ("Sacramento", 95814, 95838, "916", "CA"), ("Flagstaff", 86001, 86004, "928", "AZ"), ("Bend", 97701, 97703, "541", "OR"),
           ("Madison", 53703, 53726, "608", "WI"), ("Missoula", 59801, 59808, "406", "MT"), ("Ann Arbor", 48103, 48109, "734", "MI"),
           ("Duluth", 55802, 55812, "218", "MN"), ("Brooklyn", 11201, 11238, "718", "NY")],
    "IE": [("Dublin", None, None, "01", "D"), ("Cork", None, None, "021", "T12"), ("Galway", None, None, "091", "H91"),
           ("Limerick", None, None, "061", "V94"), ("Westport", None, None, "098", "F28", "Co. Mayo"),
           ("Killarney", None, None, "064", "V93", "Co. Kerry"), ("Sligo", None, None, "071", "F91"),
           ("Kilkenny", None, None, "056", "R95"), ("Bray", None, None, "01", "A98", "Co. Wicklow"),
           ("Athlone", None, None, "090", "N37", "Co. Westmeath"), ("Letterkenny", None, None, "074", "F92", "Co. Donegal"),
           ("Dundalk", None, None, "042", "A91", "Co. Louth")],
    "FR": [("Paris", 75001, 75020, "01"), ("Lyon", 69001, 69009, "04"), ("Grenoble", 38000, 38100, "04"),
           ("Chamonix-Mont-Blanc", 74400, 74400, "04"), ("Annecy", 74000, 74000, "04"), ("Marseille", 13001, 13016, "04"),
           ("Toulouse", 31000, 31500, "05"), ("Bordeaux", 33000, 33800, "05"), ("Strasbourg", 67000, 67200, "03"),
           ("Lille", 59000, 59800, "03"), ("Nantes", 44000, 44300, "02")],
    "NL": [("Amsterdam", 1011, 1109, "020"), ("Utrecht", 3511, 3585, "030"), ("Rotterdam", 3011, 3089, "010"),
           ("Den Haag", 2511, 2599, "070"), ("Groningen", 9711, 9747, "050"), ("Eindhoven", 5611, 5658, "040"),
           ("Nijmegen", 6511, 6546, "024"), ("Haarlem", 2011, 2037, "023"), ("Leiden", 2311, 2334, "071"),
           ("Maastricht", 6211, 6229, "043")],
    "IT": [("Milano", 20121, 20162, "02", "MI"), ("Torino", 10121, 10156, "011", "TO"), ("Bolzano", 39100, 39100, "0471", "BZ"),
           ("Trento", 38121, 38123, "0461", "TN"), ("Verona", 37121, 37142, "045", "VR"), ("Bologna", 40121, 40141, "051", "BO"),
           ("Firenze", 50121, 50145, "055", "FI"), ("Roma", 118, 199, "06", "RM"), ("Aosta", 11100, 11100, "0165", "AO"),
           ("Bergamo", 24121, 24129, "035", "BG"), ("Merano", 39012, 39012, "0473", "BZ")],
}

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Birkenweg", "Am Mühlbach",
           "Kirchgasse", "Gartenstraße", "Ahornweg", "Feldstraße", "Sonnenstraße", "Bergstraße", "Waldweg", "Rosenstraße",
           "Marktplatz", "Uhlandstraße", "Kastanienallee", "Am Anger", "Wiesenweg", "Mozartstraße", "Hölderlinweg",
           "Talstraße", "Schulstraße", "Eichendorffstraße", "Brunnenstraße", "Am Sonnenhang", "Dorfstraße", "Lessingstraße",
           "Parkstraße", "Fasanenweg", "Holunderweg", "Kiefernweg", "Weinbergstraße", "Poststraße", "Luisenstraße",
           "Ringstraße", "Blumenstraße", "Mühlweg", "Zum Steinbruch", "Im Wiesengrund", "Lerchenfeldstraße", "Auenstraße"],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Landstraßer Hauptstraße", "Herrengasse", "Schubertstraße", "Kirchengasse",
           "Lindengasse", "Bahnhofstraße", "Annenstraße", "Sackstraße", "Linzer Gasse", "Maria-Theresien-Straße", "Anichstraße",
           "Wiener Straße", "Rathausstraße", "Schönbrunner Straße", "Gumpendorfer Straße", "Praterstraße", "Alser Straße",
           "Josefstädter Straße", "Leopoldsgasse", "Mozartgasse", "Grazer Straße", "Salzachweg", "Almweg", "Schlossbergplatz"],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Hauptstrasse", "Kirchgasse", "Marktgasse", "Rosenweg",
           "Birkenweg", "Schulhausstrasse", "Badenerstrasse", "Langstrasse", "Zürichstrasse", "Bernstrasse", "Spitalgasse",
           "Aarbergergasse", "Freie Strasse", "Steinenvorstadt", "Pilatusstrasse", "Obere Gasse", "Sonnenbergstrasse",
           "Alpenstrasse", "Bergstrasse", "Ringstrasse"],
    "CH_fr": ["Rue du Rhône", "Avenue de la Gare", "Rue de Bourg", "Chemin des Vignes", "Rue du Lac"],
    "CH_it": ["Via Nassa", "Via Cattedrale", "Via Pretorio", "Via San Gottardo"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "Queen's Road",
           "North Street", "Manor Road", "Orchard Close", "Meadow Way", "Grange Road", "Kings Road", "Albert Street",
           "Springfield Road", "The Crescent", "Castle Street", "Windsor Avenue", "St John's Road", "Beech Grove",
           "Hawthorn Drive", "Riverside Walk", "Rydal Road", "Lake Road"],
    "US": ["Main St", "Oak Avenue", "Maple Street", "Pine St", "Cedar Lane", "Elm Street", "Washington Ave", "Lincoln Street",
           "Lake Drive", "Ridge Road", "Highland Ave", "Spruce Street", "Aspen Way", "Willow Court", "2nd Street",
           "5th Avenue", "Park Place", "Hillcrest Dr", "Canyon Blvd", "Division St", "Alder Street", "Sycamore Ln"],
    "IE": ["Main Street", "Church Road", "The Mall", "Patrick Street", "Shop Street", "Castle Street", "Bridge Street",
           "Mill Road", "Strand Road", "Sea Road", "Ard na Gréine", "Bóthar na Trá", "Ashgrove", "Willow Park",
           "Oakwood Avenue", "Cois Abhainn", "Distillery Road", "Ballymoneen Road"],
    "FR": ["rue de la République", "rue des Lilas", "boulevard Gambetta", "place du Marché", "rue Victor Hugo",
           "chemin des Vignes", "rue du Moulin", "allée des Tilleuls", "avenue de la Gare", "rue Pasteur", "rue Nationale",
           "route des Praz", "quai du Rhône"],
    "NL": ["Prinsengracht", "Keizersgracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Oudegracht",
           "Hoofdstraat", "Vondelstraat", "Lindenlaan", "Julianalaan", "Beatrixstraat", "Nieuwe Binnenweg",
           "Wilhelminastraat", "Kastanjelaan", "Parkweg"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Piazza del Duomo", "Via dei Mille", "Via Mazzini", "Viale Europa",
           "Via Verdi", "Via Cavour", "Via Castello", "Via dei Portici", "Via Museo", "Corso Libertà"],
}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "outlook.de", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "hotmail.com", "yahoo.ie"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
}

IP4_FIRST = {"DE": [84, 87, 91, 217, 93], "AT": [62, 80, 213, 178], "CH": [85, 178, 188, 46], "GB": [81, 86, 90, 82],
             "US": [24, 67, 73, 98, 174], "IE": [78, 89, 109], "FR": [82, 90, 176], "NL": [83, 145, 77], "IT": [79, 93, 151]}
IP6_PREFIX = {"DE": ["2003:e2", "2a02:810d", "2a01:c22"], "AT": ["2a02:8388", "2001:871"], "CH": ["2a02:1210", "2001:1711"],
              "GB": ["2a00:23c6", "2a02:c7f"], "US": ["2600:1700", "2601:647"], "IE": ["2a02:8084", "2001:bb6"],
              "FR": ["2a01:cb00", "2a01:e0a"], "NL": ["2a02:a44f", "2001:1c00"], "IT": ["2a01:e11", "2001:b07"]}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]}

# Products of the example brand (brand-guides/talgrat): key, English name, German name, German gender, SKU, price, colours en/de
PRODUCTS = [
    ("almweg", "Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", "f", "TG-HT-100", 129.95,
     ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"]),
    ("fernkamm", "Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", "m", "TG-BP-045", 229.95,
     ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"]),
    ("firstwand", "Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", "f", "TG-RJ-100", 349.95,
     ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"], ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
    ("gitterhang", "Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", "f", "TG-FL-100", 119.95,
     ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"]),
    ("hochsattel", "Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", "m", "TG-BP-030", 139.95,
     ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"]),
    ("kaltkar", "Kaltkar Down Jacket", "Kaltkar Daunenjacke", "f", "TG-DJ-100", 289.95,
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"]),
    ("morgengrat", "Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt", "n", "TG-BL-100", 89.95,
     ["Slate", "Limestone", "Peat Brown"], ["Schiefer", "Kalkstein", "Moorbraun"]),
    ("rinnental", "Rinnental Insulated Hoody", "Rinnental Isolationshoody", "m", "TG-SI-100", 219.95,
     ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"]),
    ("schauerpass", "Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", "f", "TG-RJ-200", 199.95,
     ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"]),
    ("steinlauf", "Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", "m", "TG-TS-100", 159.95,
     ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"]),
    ("trittweg", "Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", "p", "TG-SO-100", 24.95,
     ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten", "Hüttenorange"]),
    ("wintersteig", "Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", "f", "TG-WT-100", 169.95,
     ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"]),
]

STORE_TOWNS = {"DE": ["München", "Freiburg im Breisgau", "Hamburg", "Berlin", "Kempten", "Stuttgart", "Leipzig", "Garmisch-Partenkirchen"],
               "AT": ["Innsbruck", "Graz", "Wien", "Salzburg", "Schladming"],
               "CH": ["Zürich", "Bern", "Luzern", "Chur", "Interlaken"],
               "GB": ["Kendal", "Keswick", "Ambleside", "Fort William", "Edinburgh", "Sheffield", "Bristol", "Manchester"],
               "US": ["Boulder", "Portland", "Bozeman", "Seattle", "Salt Lake City"],
               "IE": ["Galway", "Westport", "Killarney", "Dublin"],
               "FR": ["Chamonix-Mont-Blanc", "Annecy", "Grenoble"], "NL": ["Amsterdam", "Utrecht"], "IT": ["Bolzano", "Trento"]}

# Companies in texts with personal data: no person's name part in them.
COMPANIES_PII = ["Alpine Print Works", "Nordkette Logistik GmbH", "Bergwerk Textilpflege", "Summit Freight Ltd",
                 "Gletscherblick Versicherung AG", "Tal & Grat Reinigung", "Westwind Couriers", "Kletterzentrum Nordwand",
                 "Alpenverein Sektion Hochland", "Skiclub Schneekristall", "Trailrunning Team Bergfeuer", "Ridgeline Outdoor Club",
                 "Harbour Hill Harriers", "Seeufer Gymnasium", "Lakeside Academy", "Pinecrest Insurance", "Blue Valley Security",
                 "Sicherheitsdienst Adlerhorst", "Kanzlei am Marktplatz", "Schlüsseldienst Rapid", "Hüttenwirtschaft Edelweiß",
                 "Greenway Recycling", "Zweite Runde e.V.", "Second Ascent Trust", "Bergrettung Ortsstelle Talboden",
                 "Mountain Rescue Volunteers", "Alpinschule Gipfelglück", "Wanderfreunde Rheinblick", "Hillwalkers of the Dales"]


# ---------------------------------------------------------------- people

class Address:
    def __init__(self, country, street, number, flat, town, pc, extra, prefix, town_upper):
        self.country, self.street, self.number, self.flat = country, street, number, flat
        self.town, self.pc, self.extra, self.prefix, self.town_upper = town, pc, extra, prefix, town_upper

    def street_line(self):
        c = self.country
        if c in ("DE", "AT", "CH", "NL"):
            s = "%s %s" % (self.street, self.number)
            if self.flat:
                s += self.flat
            return s
        if c == "IT":
            return "%s %s" % (self.street, self.number)
        if c == "FR":
            return "%s %s" % (self.number, self.street)
        if c == "GB":
            s = "%s %s" % (self.number, self.street)
            return (self.flat + ", " + s) if self.flat else s
        if c == "IE":
            s = "%s %s" % (self.number, self.street)
            return (self.flat + ", " + s) if self.flat else s
        if c == "US":
            s = "%s %s" % (self.number, self.street)
            return (s + ", " + self.flat) if self.flat else s

    def town_line(self):
        c = self.country
        t = self.town.upper() if self.town_upper else self.town
        if c in ("DE", "AT", "CH", "FR"):
            return "%s%s %s" % (self.prefix, self.pc, t)
        if c == "NL":
            return "%s %s" % (self.pc, t)
        if c == "IT":
            return "%s %s %s" % (self.pc, t, self.extra)
        if c == "GB":
            return "%s %s" % (t, self.pc)
        if c == "IE":
            if self.town == "Dublin":
                return "Dublin %s, %s" % (self.extra, self.pc)
            if self.extra:
                return "%s, %s %s" % (t, self.extra, self.pc)
            return "%s %s" % (t, self.pc)
        if c == "US":
            return "%s, %s %s" % (t, self.extra, self.pc)

    def one(self):
        return self.street_line() + ", " + self.town_line()

    def two(self):
        return self.street_line() + "\n" + self.town_line()

    def town_plain(self):
        if self.country == "IE" and self.town == "Dublin":
            return "Dublin %s" % self.extra
        return self.town


class Person:
    def __init__(self, g, given, surname, gender, country, origin, invented, role):
        self.g, self.given, self.surname, self.gender = g, given, surname, gender
        self.country, self.origin, self.invented, self.role = country, origin, invented, role
        self._cache = {}
        self.hon_style = g.rng.randrange(4)

    def _c(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    # --- names
    @property
    def full(self):
        return Lab("PERSON", self.given + " " + self.surname)

    @property
    def first(self):
        return Lab("PERSON", self.given)

    @property
    def last(self):
        return Lab("PERSON", self.surname)

    @property
    def lf(self):
        return Lab("PERSON", "%s, %s" % (self.surname, self.given))

    @property
    def LF(self):
        return Lab("PERSON", "%s, %s" % (self.surname.upper(), self.given))

    @property
    def ini(self):
        return Lab("PERSON", "%s. %s" % (self.given[0], self.surname))

    @property
    def sh(self):
        s = self.surname
        if s.split(" ")[0].lower() in N.PARTICLES or s[0].islower():
            return Lab("PERSON", "%s %s" % (self.given, s))
        return Lab("PERSON", "%s %s." % (self.given, s[0]))

    @property
    def up(self):
        return Lab("PERSON", (self.given + " " + self.surname).upper())

    @property
    def UL(self):
        return Lab("PERSON", self.surname.upper())

    @property
    def low(self):
        return Lab("PERSON", (self.given + " " + self.surname).lower())

    @property
    def lowf(self):
        return Lab("PERSON", self.given.lower())

    @property
    def lowl(self):
        return Lab("PERSON", self.surname.lower())

    @property
    def sfx(self):
        """German genitive ending of the given name (outside the span)."""
        return "’" if self.given[-1] in "sxzß" else "s"

    @property
    def lsfx(self):
        return "’" if self.surname[-1] in "sxzß" else "s"

    @property
    def hon(self):
        if self.g.lang == "de":
            return "Herr" if self.gender == "m" else "Frau"
        st = self.hon_style
        if self.gender == "m":
            return ["Mr", "Mr.", "Mr", "Mr."][st]
        return ["Ms", "Mrs", "Ms.", "Mrs."][st]

    @property
    def honacc(self):
        if self.g.lang == "de":
            return "Herrn" if self.gender == "m" else "Frau"
        return self.hon

    # --- contact values
    @property
    def email(self):
        return Lab("EMAIL", self._c("email", lambda: self.g.make_email(self)))

    @property
    def email2(self):
        return Lab("EMAIL", self._c("email2", lambda: self.g.make_email(self, other=self._cache.get("email"))))

    @property
    def mobile(self):
        return Lab("PHONE", self._c("mobile", lambda: self.g.make_phone(self.country, "m")))

    @property
    def landline(self):
        return Lab("PHONE", self._c("landline", lambda: self.g.make_phone(self.country, "l", self.addr.town)))

    @property
    def phone(self):
        k = self._c("phonekind", lambda: "m" if self.g.rng.random() < 0.7 else "l")
        return self.mobile if k == "m" else self.landline

    @property
    def e164(self):
        return Lab("PHONE", self._c("e164", lambda: self.g.make_phone(self.country, "m", fmt="e164")))

    @property
    def addr(self):
        return self._c("addr", lambda: self.g.make_address(self.country))

    @property
    def a1(self):
        return Lab("STREET_ADDRESS", self.addr.one())

    @property
    def a2(self):
        return Lab("STREET_ADDRESS", self.addr.two())

    @property
    def st(self):
        return Lab("STREET_ADDRESS", self.addr.street_line())

    @property
    def pc(self):
        return self.addr.pc

    @property
    def town(self):
        return self.addr.town_plain()

    @property
    def ptown(self):
        return self.addr.town_line()

    @property
    def ctry(self):
        return COUNTRY_NAMES[self.g.lang][self.country]

    @property
    def iban(self):
        return Lab("IBAN", self._c("iban", lambda: self.g.make_iban(self.country)))

    @property
    def ibanc(self):
        return Lab("IBAN", self._c("iban", lambda: self.g.make_iban(self.country)).replace(" ", ""))

    @property
    def card(self):
        return Lab("CREDIT_CARD", self._c("card", lambda: self.g.make_card()))

    @property
    def cardc(self):
        return Lab("CREDIT_CARD", self._c("card", lambda: self.g.make_card()).replace(" ", "").replace("-", ""))

    @property
    def taxid(self):
        if self.country != "DE":
            raise ValueError("Steuer-ID for a person outside Germany")
        return Lab("DE_TAX_ID", self._c("taxid", lambda: self.g.make_taxid()))

    @property
    def ip(self):
        return Lab("IP_ADDRESS", self._c("ip", lambda: self.g.make_ip(self.country)))

    @property
    def ip6(self):
        return Lab("IP_ADDRESS", self._c("ip6", lambda: self.g.make_ip(self.country, v6=True)))


class Store:
    def __init__(self, g, country):
        self.g = g
        self.country = country
        town = g.rng.choice(STORE_TOWNS[country])
        self.town = town
        self.name = "Talgrat " + town
        self.addr = g.make_address(country, town=town, flat=False)
        self.tel = g.make_phone(country, "l", town)

    @property
    def a1(self):
        return Lab("STREET_ADDRESS", self.addr.one())

    @property
    def a2(self):
        return Lab("STREET_ADDRESS", self.addr.two())

    @property
    def st(self):
        return Lab("STREET_ADDRESS", self.addr.street_line())

    @property
    def phone(self):
        return Lab("PHONE", self.tel)


class Product:
    def __init__(self, row, lang, rng):
        self.key, self.en, self.de, self.gen, self.sku, self.eur, col_en, col_de = row
        self.lang = lang
        i = rng.randrange(len(col_en))
        self.colour = col_en[i] if lang == "en" else col_de[i]
        self.short = self.en.split(" ")[0] if lang == "en" else self.de.split(" ")[0]
        self.name = self.en if lang == "en" else self.de
        sizes = {"steinlauf": ["EU 39", "EU 41", "EU 42.5", "EU 44", "EU 45"], "trittweg": ["39–42", "43–46", "35–38"],
                 "fernkamm": ["one size"], "hochsattel": ["one size"]}
        s = rng.choice(sizes.get(self.key, ["XS", "S", "M", "L", "XL"]))
        if lang == "de":
            s = s.replace("one size", "Einheitsgröße").replace("42.5", "42,5")
        self.size = s
        if s in ("one size", "Einheitsgröße"):
            self.sizep = s
        else:
            self.sizep = ("size " if lang == "en" else "Größe ") + s

    def art(self, case):
        """German article + name: case nom/acc/dat."""
        t = {"m": ("der", "den", "dem"), "f": ("die", "die", "der"), "n": ("das", "das", "dem"), "p": ("die", "die", "den")}
        return t[self.gen][("nom", "acc", "dat").index(case)] + " " + self.de

    @property
    def nom(self):
        return self.art("nom")

    @property
    def acc(self):
        return self.art("acc")

    @property
    def dat(self):
        return self.art("dat")


# ---------------------------------------------------------------- the generator context

ORIGIN_WEIGHTS = {
    "en": dict(english=30, american=22, irish=8, scottish=6, welsh=3, indian=4, pakistani=2.5, nigerian=2, ghanaian=1.2,
               kenyan=1, chinese=2, japanese=0.8, korean=0.8, vietnamese=0.7, filipino=1, german=2.5, polish=1.5,
               italian=1.5, french=1.2, spanish=1, portuguese=0.7, dutch=0.8, nordic=0.7, finnish=0.3, greek=0.5,
               turkish=0.7, arabic=1, persian=0.5, kurdish=0.2, russian=0.5, ukrainian=0.5, balkan=0.4, albanian=0.3,
               romanian=0.6, czech=0.3, hungarian=0.3, austrian=0.3, swiss=0.3, ethiopian=0.3, baltic=0.4,
               bulgarian=0.3, slovak=0.2),
    "de": dict(german=26, austrian=11, swiss=10, turkish=7, polish=4, italian=4, russian=3, ukrainian=2.5, arabic=2.5,
               kurdish=1.5, persian=1.2, greek=1.5, balkan=3, albanian=1.5, romanian=2, czech=1, hungarian=1, dutch=1,
               french=1.2, spanish=1, portuguese=1, nordic=0.7, finnish=0.3, english=1.5, american=0.8, irish=0.4,
               scottish=0.3, welsh=0.2, indian=1, pakistani=0.5, nigerian=0.5, ghanaian=0.4, kenyan=0.3, chinese=0.8,
               japanese=0.4, korean=0.4, vietnamese=0.8, filipino=0.3, ethiopian=0.3, baltic=0.4, bulgarian=0.6,
               slovak=0.5),
}
COUNTRY_BOOST = {"AT": {"austrian": 4}, "CH": {"swiss": 4}, "DE": {"german": 1.4}, "GB": {"english": 1.4, "scottish": 1.5, "welsh": 1.5},
                 "IE": {"irish": 6}, "US": {"american": 2.2}, "FR": {"french": 14}, "NL": {"dutch": 16}, "IT": {"italian": 14}}
EN_WORD_ORIGINS = ("english", "american", "scottish", "welsh", "irish")
DE_WORD_ORIGINS = ("german", "austrian", "swiss")
HYPHEN_ORIGINS = ("german", "austrian", "swiss", "english", "american", "french", "dutch", "nordic")
FOLD_ORIGINS = ("turkish", "polish", "balkan", "romanian", "czech", "hungarian", "vietnamese", "kurdish", "albanian",
                "baltic", "slovak")

TEXT_COUNTRY = {"en": [("GB", 38), ("US", 25), ("IE", 14), ("DE", 6), ("AT", 4), ("CH", 4), ("FR", 3), ("NL", 3), ("IT", 3)],
                "de": [("DE", 50), ("AT", 25), ("CH", 22), ("IT", 1), ("NL", 1), ("FR", 0.5), ("GB", 0.5)]}


def _split_list(s):
    return [x.replace("_", " ") for x in s.split()]


class Lists:
    def __init__(self):
        self.given = {}
        self.sur = {}
        all_given, all_sur = [], []
        for o, d in N.ORIGINS.items():
            m = _split_list(d["m"])
            f = _split_list(d["f"])
            s = []
            for x in d["s"].split():
                if "/" in x:
                    a, b = x.split("/")
                    s.append((a.replace("_", " "), b.replace("_", " ")))
                else:
                    s.append((x.replace("_", " "), x.replace("_", " ")))
            self.given[o] = (m, f)
            self.sur[o] = s
            all_given += m + f
            all_sur += [a for a, b in s] + [b for a, b in s]
        for o, (m, f) in N.DOUBLE_GIVEN.items():
            all_given += m + f
        all_sur += N.WORD_SURNAMES_EN + N.WORD_SURNAMES_DE
        self.all_given = list(dict.fromkeys(all_given))
        self.all_sur = list(dict.fromkeys(all_sur))
        parts = []
        for x in self.all_given + self.all_sur:
            parts += re.split(r"[\s\-]+", x)
        self.parts_folded = set(fold(p).lower() for p in parts if p)
        for a, b in self.sur["russian"]:
            self.parts_folded.add(fold(a.replace("v", "w")).lower())
            self.parts_folded.add(fold(b.replace("v", "w")).lower())


LISTS = Lists()


def tokens_lower(s):
    return set(fold(w).lower() for w in WORD_RE.findall(s))


def code_words(fn):
    out = set()
    stack = [fn.__code__]
    while stack:
        co = stack.pop()
        for c in co.co_consts:
            if isinstance(c, str):
                out |= tokens_lower(c)
            elif hasattr(c, "co_consts"):
                stack.append(c)
    return out


GLOBAL_AVOID = set()
for _c in TOWNS.values():
    for _t in _c:
        GLOBAL_AVOID |= tokens_lower(_t[0])
        if len(_t) > 5:
            GLOBAL_AVOID |= tokens_lower(_t[5])
for _l in MONTHS.values():
    for _m in _l:
        GLOBAL_AVOID |= tokens_lower(_m)
GLOBAL_AVOID |= tokens_lower("Jänner Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mrz Okt Dez")
for _l in WEEKDAYS.values():
    for _m in _l:
        GLOBAL_AVOID |= tokens_lower(_m)
for _p in PRODUCTS:
    GLOBAL_AVOID |= tokens_lower(" ".join([_p[1], _p[2]] + _p[6] + _p[7]))
for _c in COMPANIES_PII:
    GLOBAL_AVOID |= tokens_lower(_c)
for _c in COUNTRY_NAMES.values():
    for _n in _c.values():
        GLOBAL_AVOID |= tokens_lower(_n)
GLOBAL_AVOID |= tokens_lower("Talgrat Outdoor talgrat de com Mr Mrs Ms Dr Herr Herrn Frau Prof Dear Hi Hello Hallo Servus "
                             "Grüezi Hoi Moin Liebe Lieber Sehr geehrte geehrter Guten Tag Grüß Gott Best Kind regards Cheers "
                             "Thanks Thank Many Viele Grüße Grüsse Beste Freundliche Mit freundlichen LG VG Liebe Herzliche "
                             "Schöne Schönen Gruß Gruss Sincerely Yours Warm wishes All the best Regards Team Customer Service "
                             "Kundenservice Filiale Store Manager Co Apt Suite Flat Apartment Unit bis ter Dublin Herzlichst "
                             "Hochachtungsvoll Ciao Salut Tschüss Baba Pfiat di Merci Adieu En liebe Gruess Mitenand")


class G:
    """One language's drawing context.  All draws go through self.rng."""

    def __init__(self, lang, rng):
        self.lang = lang
        self.rng = rng
        self.inv_people = 0
        self.cue_people = 0
        self.inner_redraws = 0
        self.people_log = []
        self.country = None

    # ---- per text
    def begin(self, genre, fn, country=None, reg=None, invented=True):
        r = self.rng
        self.genre = genre
        if country is None:
            cs = TEXT_COUNTRY[self.lang]
            country = self.weighted([c for c, w in cs], [w for c, w in cs])
        elif isinstance(country, (list, tuple)):
            country = r.choice(list(country))
        self.country = country
        if reg is None:
            reg = "du" if r.random() < 0.45 else "sie"
        self.reg = reg
        self.du = reg == "du"
        self.avoid = code_words(fn) | GLOBAL_AVOID
        self.used_parts = set()
        self.allow_invented = invented
        self.people = []
        self.t0 = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randrange(560))
        self.clock = datetime.datetime(self.t0.year, self.t0.month, self.t0.day, r.randrange(7, 18), r.randrange(60))
        self._store = None
        self.swiss = (self.lang == "de" and country == "CH")

    def flags(self):
        c = self.country
        return {"du": self.du, "sie": not self.du, "DE": c == "DE", "AT": c == "AT", "CH": c == "CH", "GB": c == "GB",
                "US": c == "US", "IE": c == "IE", "EU": c in ("DE", "AT", "FR", "NL", "IT", "IE")}

    def r(self, tmpl, **ctx):
        full = self.flags()
        full.update(ctx)
        out = []
        render_nodes(parse(tmpl), full, self.rng, out)
        return out

    # ---- small draws
    def weighted(self, items, weights):
        tot = sum(weights)
        x = self.rng.random() * tot
        for it, w in zip(items, weights):
            x -= w
            if x < 0:
                return it
        return items[-1]

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def L(self, en, de):
        return en if self.lang == "en" else de

    # ---- people
    def _origin(self, country):
        w = dict(ORIGIN_WEIGHTS[self.lang])
        for o, b in COUNTRY_BOOST.get(country, {}).items():
            w[o] = w[o] * b
        keys = list(w.keys())
        return self.weighted(keys, [w[k] for k in keys])

    def _invented_part(self, kind, gender):
        r = self.rng
        for _ in range(200):
            vow = N.INV_VOWEL if self.lang == "de" else N.INV_VOWEL_EN
            w = self.pick(N.INV_ONSET) + self.pick(vow)
            if r.random() < 0.5:
                w += self.pick(N.INV_MID) + self.pick(vow)
            if kind == "given":
                w += self.pick(N.INV_GIVEN_END_M if gender == "m" else N.INV_GIVEN_END_F)
            else:
                w += self.pick(N.INV_SUR_END)
            w = w[0].upper() + w[1:]
            f = fold(w).lower()
            if len(f) < 4 or len(f) > 12:
                continue
            if re.search(r"[aeiouy]{3}|[^aeiouy]{4}|aa|ee|ii|oo|uu|yy", f):
                continue
            if f in LISTS.parts_folded or f in N.COMMON_WORDS or f in self.avoid or f in GLOBAL_AVOID:
                continue
            return w
        raise RuntimeError("no invented name")

    def person(self, role="cust", country=None, gender=None, origin=None, surname_of=None, cue=True, plain=False):
        r = self.rng
        if country is None:
            country = self.country if (role == "staff" or r.random() < 0.85) else self.pick(
                [c for c in ("DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT") if c != self.country])
        if gender is None:
            gender = "m" if r.random() < 0.5 else "f"
        for attempt in range(400):
            o = origin or (surname_of.origin if surname_of is not None else self._origin(country))
            given, surname, invented = self._draw_name(o, gender, country, surname_of, cue)
            parts = [fold(p).lower() for p in re.split(r"[\s\-']+", given + " " + surname) if p]
            parts = [p for p in parts if p not in N.PARTICLES and len(p) > 1]
            own_sur = set() if surname_of is None else set(fold(p).lower() for p in re.split(r"[\s\-']+", surname_of.surname))
            if plain and ("'" in given + surname or " " in surname):
                self.inner_redraws += 1
                continue
            if any(p in self.avoid for p in parts) or any(p in self.used_parts and p not in own_sur for p in parts):
                self.inner_redraws += 1
                continue
            break
        else:
            raise RuntimeError("no name")
        p = Person(self, given, surname, gender, country, o, invented, role)
        self.used_parts |= set(parts)
        self.people.append(p)
        if cue and self.allow_invented:
            self.cue_people += 1
            if invented:
                self.inv_people += 1
        return p

    def staff(self, **kw):
        return self.person(role="staff", country=self.country, **kw)

    def _draw_name(self, o, gender, country, surname_of, cue):
        r = self.rng
        m, f = LISTS.given[o]
        pool = m if gender == "m" else f
        given = self.pick(pool)
        if o in N.DOUBLE_GIVEN and r.random() < 0.06:
            given = self.pick(N.DOUBLE_GIVEN[o][0 if gender == "m" else 1])
        elif o in ("german", "austrian", "french") and r.random() < 0.04:
            g2 = self.pick(pool)
            if g2 != given and "-" not in given and "-" not in g2:
                given = given + "-" + g2
        if surname_of is not None:
            surname = surname_of.surname
            if surname_of.gender != gender:
                surname = self._gender_surname(o, surname, gender)
        else:
            if o in EN_WORD_ORIGINS and r.random() < 0.13:
                surname = self.pick(N.WORD_SURNAMES_EN)
            elif o in DE_WORD_ORIGINS and r.random() < 0.115:
                surname = self.pick(N.WORD_SURNAMES_DE)
            else:
                pair = self.pick(LISTS.sur[o])
                surname = pair[0] if gender == "m" else pair[1]
                if self.lang == "de" and o == "russian" and r.random() < 0.5:
                    surname = surname.replace("v", "w").replace("V", "W")
            if o in HYPHEN_ORIGINS and r.random() < 0.085 and " " not in surname:
                pair = self.pick(LISTS.sur[o])
                s2 = pair[0] if gender == "m" else pair[1]
                if s2 != surname and " " not in s2:
                    surname = surname + "-" + s2
        invented = False
        if cue and self.allow_invented and surname_of is None:
            share = self.inv_people / max(1, self.cue_people)
            p_inv = 0.16 if share < 0.10 else 0.05
            if r.random() < p_inv:
                invented = True
                k = r.random()
                if k < 0.3:
                    given = self._invented_part("given", gender)
                elif k < 0.65:
                    surname = self._invented_part("sur", gender)
                else:
                    given = self._invented_part("given", gender)
                    surname = self._invented_part("sur", gender)
        if o in FOLD_ORIGINS and r.random() < 0.3:
            given = fold(given)
            if surname_of is None:
                surname = fold(surname)
        if country == "CH":
            given, surname = given.replace("ß", "ss"), surname.replace("ß", "ss")
        return given, surname, invented

    def _gender_surname(self, o, surname, gender):
        for a, b in LISTS.sur.get(o, []):
            if gender == "f" and a == surname:
                return b
            if gender == "m" and b == surname:
                return a
        return surname

    def relative(self, p, gender=None, cue=True):
        return self.person(role="rel", country=p.country, gender=gender, surname_of=p, cue=cue)

    # ---- values
    def make_address(self, country, town=None, flat=None):
        r = self.rng
        rows = TOWNS[country]
        row = None
        if town is not None:
            for x in rows:
                if x[0] == town:
                    row = x
        if row is None:
            row = self.pick(rows)
        tname = row[0]
        num = str(r.randrange(1, 120))
        fl = ""
        prefix = ""
        extra = None
        up = False
        if country == "DE":
            street = self.pick(STREETS["DE"])
            if street.endswith("straße") and r.random() < 0.2:
                street = street[:-6] + "str."
            if r.random() < 0.1:
                num += self.pick("abc")
            pc = "%05d" % r.randrange(row[1], row[2] + 1)
            prefix = "D-" if r.random() < 0.12 else ""
        elif country == "AT":
            street = self.pick(STREETS["AT"])
            pc = str(row[1] if row[1] == row[2] else r.randrange(row[1] // 10, row[2] // 10 + 1) * 10)
            if tname in ("Wien", "Graz") and r.random() < 0.6 and flat is not False:
                num = "%s/%d/%d" % (num, r.randrange(1, 9), r.randrange(1, 30)) if r.random() < 0.6 else "%s/%d" % (num, r.randrange(1, 40))
            prefix = "A-" if r.random() < 0.22 else ""
        elif country == "CH":
            if tname in ("Lausanne", "Genève"):
                street = self.pick(STREETS["CH_fr"])
            elif tname == "Lugano":
                street = self.pick(STREETS["CH_it"])
            else:
                street = self.pick(STREETS["CH"])
            pc = str(r.randrange(row[1], row[2] + 1))
            prefix = "CH-" if r.random() < 0.25 else ""
        elif country == "GB":
            street = self.pick(STREETS["GB"])
            out = self.pick(row[4])
            pc = "%s %d%s%s" % (out, r.randrange(1, 10), self.pick("ABDEFGHJLNPQRSTUWXYZ"), self.pick("ABDEFGHJLNPQRSTUWXYZ"))
            if flat is not False and r.random() < 0.25:
                fl = self.pick(["Flat %d" % r.randrange(1, 12), "Flat %d%s" % (r.randrange(1, 6), self.pick("AB")),
                                "Apartment %d" % r.randrange(1, 30)])
        elif country == "US":
            street = self.pick(STREETS["US"])
            num = str(r.randrange(100, 9800))
            pc = "%05d" % r.randrange(row[1], row[2] + 1)
            extra = row[4]
            if flat is not False and r.random() < 0.3:
                fl = self.pick(["Apt %d%s" % (r.randrange(1, 20), self.pick("ABCD")), "Suite %d" % r.randrange(100, 400),
                                "#%d" % r.randrange(2, 40), "Unit %d" % r.randrange(1, 12)])
        elif country == "IE":
            street = self.pick(STREETS["IE"])
            ek = "ACDEFHKNPRTVWXY0123456789"
            ident = "".join(self.pick(ek) for _ in range(4))
            if tname == "Dublin":
                dn = r.choice([2, 4, 6, 7, 8, 9, 12, 14, 15])
                pc = "D%02d %s" % (dn, ident)
                extra = str(dn)
            else:
                pc = "%s %s" % (row[4], ident)
                extra = row[5] if len(row) > 5 else None
            if flat is not False and r.random() < 0.2:
                fl = "Apartment %d" % r.randrange(1, 40)
        elif country == "FR":
            street = self.pick(STREETS["FR"])
            if r.random() < 0.15:
                num += self.pick([" bis", " ter"])
            pc = "%05d" % r.randrange(row[1], row[2] + 1)
            up = r.random() < 0.3
        elif country == "NL":
            street = self.pick(STREETS["NL"])
            pc = "%04d %s%s" % (r.randrange(row[1], row[2] + 1), self.pick("ABCEGHJKLMNPRSTVWXZ"), self.pick("ABCEGHJKLMNPRSTVWXZ"))
            if r.random() < 0.3:
                num += self.pick(["-hs", " II", "-1", "A", "-2"])
            up = r.random() < 0.2
        else:
            street = self.pick(STREETS["IT"])
            pc = "%05d" % r.randrange(row[1], row[2] + 1)
            extra = "(%s)" % row[4] if r.random() < 0.5 else row[4]
        return Address(country, street, num, fl, tname, pc, extra, prefix, up)

    def _digits(self, n, first_nonzero=True):
        r = self.rng
        s = str(r.randrange(1, 10)) if first_nonzero else str(r.randrange(10))
        return s + "".join(str(r.randrange(10)) for _ in range(n - 1))

    def make_phone(self, country, kind, town=None, fmt=None):
        r = self.rng
        intl = r.random() < 0.5 if fmt is None else False
        D = self._digits
        cc = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "IE": "353", "FR": "33", "NL": "31", "IT": "39"}[country]
        if country == "US":
            row = None
            for x in TOWNS["US"]:
                if x[0] == town:
                    row = x
            area = (row or self.pick(TOWNS["US"]))[3]
            while True:
                ex = D(3)
                if ex[0] not in "01" and ex != "555" and ex[1:] != "11":
                    break
            sub = self._digits(4, False)
            if fmt == "e164":
                return "+1" + area + ex + sub
            return self.pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s", "+1-%s-%s-%s", "+1 (%s) %s-%s",
                              "+1 %s %s %s"]) % (area, ex, sub)
        if kind == "m":
            pre = {"DE": ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"],
                   "AT": ["650", "660", "664", "676", "680", "699"], "CH": ["76", "77", "78", "79"],
                   "GB": ["7700", "7712", "7723", "7734", "7789", "7812", "7825", "7903", "7946", "7968"],
                   "IE": ["83", "85", "86", "87", "89"], "FR": ["6", "7"], "NL": ["6"],
                   "IT": ["320", "328", "333", "338", "340", "347", "349", "366", "380", "392"]}[country]
            p = self.pick(pre)
            sublen = {"DE": 7 if p.startswith("17") or p.startswith("16") else 8, "AT": 7, "CH": 7, "GB": 6, "IE": 7,
                      "FR": 8, "NL": 8, "IT": 7}[country]
            sub = self._digits(sublen, False)
        else:
            row = None
            for x in TOWNS[country]:
                if x[0] == town:
                    row = x
            area = (row or self.pick(TOWNS[country]))[3]
            p = area[1:]
            sublen = {"DE": max(5, 10 - len(p)), "AT": max(5, 9 - len(p)), "CH": 7, "GB": 10 - len(p), "IE": 7 if len(p) <= 2 else 6,
                      "FR": 8, "NL": 7 if len(p) == 2 else 6, "IT": 8 if len(p) <= 2 else 6}[country]
            sub = self._digits(sublen, True)
        if fmt == "e164":
            return "+" + cc + p + sub
        nat = "0" + p
        if country == "IT":
            nat = p if kind == "m" else "0" + p
        grouped = self._group(country, kind, sub)
        if intl:
            form = r.random()
            if form < 0.55:
                return "+%s %s %s" % (cc, p, grouped)
            if form < 0.8 and country not in ("IT",):
                return "+%s (0)%s %s" % (cc, p, grouped)
            return "00%s %s %s" % (cc, p, grouped)
        form = r.random()
        if country in ("DE", "AT") and form < 0.25:
            return "%s/%s" % (nat, sub)
        if country == "DE" and form < 0.35:
            return "%s-%s" % (nat, sub)
        if kind == "l" and country in ("DE", "GB", "IE") and form < 0.5:
            return "(%s) %s" % (nat, grouped)
        if country == "FR":
            return (nat + sub) if form < 0.1 else (" ".join([nat] + [sub[i:i + 2] for i in range(0, 8, 2)]) if form < 0.8 else ".".join([nat] + [sub[i:i + 2] for i in range(0, 8, 2)]))
        if country == "NL" and kind == "m":
            return self.pick(["06-%s" % sub, "06 %s" % sub, "06 %s %s" % (sub[:4], sub[4:])])
        if country == "CH" and form < 0.15:
            return nat + sub
        return "%s %s" % (nat, grouped)

    def _group(self, country, kind, sub):
        r = self.rng
        n = len(sub)
        if country in ("CH",) and n == 7:
            return "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
        if country == "AT" and n == 7 and r.random() < 0.4:
            return "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
        if country == "GB" and n == 6 and r.random() < 0.4:
            return "%s %s" % (sub[:3], sub[3:])
        if country in ("GB", "IE") and n == 8:
            return "%s %s" % (sub[:4], sub[4:])
        if country in ("IE", "IT", "DE") and n == 7 and r.random() < 0.5:
            return "%s %s" % (sub[:3], sub[3:])
        if country == "FR":
            return " ".join(sub[i:i + 2] for i in range(0, n, 2))
        if country == "NL" and n == 7:
            return "%s %s" % (sub[:3], sub[3:])
        return sub

    def make_email(self, p, other=None):
        r = self.rng
        g = fold(p.given).lower().replace(" ", "").replace("'", "")
        g = re.sub(r"[^a-z\-]", "", g)
        s = fold(p.surname).lower().replace(" ", "").replace("'", "")
        s = re.sub(r"[^a-z\-]", "", s)
        if p.role == "staff":
            dom = "talgrat.de" if p.country in ("DE", "AT", "CH") else "talgrat.com"
            loc = self.pick(["%s.%s" % (g, s), "%s.%s" % (g[0], s), "%s.%s" % (g, s)])
            return loc + "@" + dom
        for _ in range(20):
            y = str(r.randrange(60, 100)) if r.random() < 0.5 else str(r.randrange(1, 30))
            loc = self.pick(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%s" % (g, s[0]), "%s%s" % (g, y), "%s.%s%s" % (g, s, y),
                             "%s.%s" % (s, g), "%s-%s" % (g, s), "%s%s" % (s, y)])
            dom = self.pick(MAIL_DOMAINS[p.country])
            e = loc + "@" + dom
            if e != other:
                return e
        return e

    def make_iban(self, country):
        r = self.rng
        D = self._digits
        for _ in range(50):
            c = country if country in ("DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT") else "GB"
            if c == "DE":
                bban = self.pick(["10010010", "20050550", "37040044", "50010517", "70150000", "76010085", "43060967", "12030000"]) + D(10, False)
            elif c == "AT":
                bban = self.pick(["12000", "20111", "32000", "14000", "19043", "60000"]) + D(11, False)
            elif c == "CH":
                bban = self.pick(["00762", "00235", "80808", "00700", "09000"]) + D(12, False)
            elif c == "GB":
                bban = self.pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + D(6) + D(8, False)
            elif c == "IE":
                bban = self.pick(["AIBK", "BOFI"]) + self.pick(["931152", "900017", "932115"]) + D(8, False)
            elif c == "FR":
                bank, branch, acct = self.pick(["30004", "20041", "30003", "10278"]), D(5, False), D(11, False)
                key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
                bban = bank + branch + acct + "%02d" % key
            elif c == "NL":
                bban = self.pick(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + D(10, False)
            else:
                abi, cab, acct = self.pick(["03069", "02008", "05034", "01030"]), D(5, False), D(12, False)
                bban = it_cin(abi + cab + acct) + abi + cab + acct
            iban = iban_make(c, bban)
            if iban_valid(iban):
                break
        if r.random() < 0.55:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def make_card(self):
        r = self.rng
        while True:
            k = r.random()
            if k < 0.45:
                body = "4" + self._digits(14, False)
                amex = False
            elif k < 0.75:
                pre = str(r.randrange(51, 56)) if r.random() < 0.7 else str(r.randrange(2221, 2721))
                body = pre + self._digits(15 - len(pre), False)
                amex = False
            elif k < 0.9:
                body = self.pick(["34", "37"]) + self._digits(12, False)
                amex = True
            else:
                pre = self.pick(["6011", "65", str(r.randrange(644, 650))])
                body = pre + self._digits(15 - len(pre), False)
                amex = False
            num = body + luhn_digit(body)
            if card_valid(num):
                break
        sep = self.pick([" ", " ", "-", ""])
        if amex:
            return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num

    def make_taxid(self):
        r = self.rng
        while True:
            digits = list("0123456789")
            r.shuffle(digits)
            if digits[0] == "0":
                continue
            base = digits[:9]
            dup = self.pick(base)
            pos = r.randrange(1, 10)
            first = base[:pos] + [dup] + base[pos:]
            if r.random() < 0.3:
                pos2 = r.randrange(1, 11)
                first = first[:pos2] + [dup] + first[pos2:]
                first = first[:10]
                if first.count(dup) != 3:
                    continue
            s = "".join(first[:10])
            if len(s) != 10:
                continue
            t = s + str(taxid_check(s))
            if taxid_valid(t):
                break
        if r.random() < 0.35:
            return "%s %s %s %s" % (t[:2], t[2:5], t[5:8], t[8:])
        return t

    def make_ip(self, country, v6=None, kind=None):
        r = self.rng
        if v6 is None:
            v6 = r.random() < 0.3
        if kind is None:
            kind = "pub" if r.random() < 0.85 else self.pick(["priv", "doc"])
        if not v6:
            if kind == "priv":
                return self.pick(["10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                                  "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255)),
                                  "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))])
            if kind == "doc":
                return "%s.%d" % (self.pick(["192.0.2", "198.51.100", "203.0.113"]), r.randrange(1, 255))
            return "%d.%d.%d.%d" % (self.pick(IP4_FIRST.get(country, [88])), r.randrange(256), r.randrange(256), r.randrange(1, 255))
        if kind == "doc":
            pre = "2001:db8"
        elif kind == "priv":
            pre = "fd%02x:%x" % (r.randrange(256), r.randrange(1, 0xffff))
        else:
            pre = self.pick(IP6_PREFIX.get(country, ["2a02:810d"]))
        groups = pre.split(":")
        while len(groups) < 4:
            groups.append("%x" % r.randrange(0, 0x10000))
        tail = ["%x" % r.randrange(0, 0x10000) for _ in range(4)]
        if r.random() < 0.12:
            full = groups + tail
            return ":".join("%04x" % int(x, 16) for x in full)
        if r.random() < 0.5:
            tail = ["0", "0"] + tail[2:]
        return str(ipaddress.IPv6Address(":".join(groups + tail)))

    # ---- dates, money, ids
    def next_date(self, max_days=20):
        self.t0 = self.t0 + datetime.timedelta(days=self.rng.randrange(0, max_days + 1))
        return self.t0

    def date(self, style=None, d=None):
        d = d or self.next_date()
        c = self.country
        if self.lang == "en":
            ms = MONTHS["en"][d.month - 1]
            if style == "iso":
                return d.isoformat()
            if c == "US":
                return self.pick(["%s %d, %d" % (ms, d.day, d.year), "%02d/%02d/%d" % (d.month, d.day, d.year), "%s %d" % (ms, d.day)])
            return self.pick(["%d %s %d" % (d.day, ms, d.year), "%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s" % (d.day, ms)])
        ms = MONTHS["de"][d.month - 1]
        if c == "AT" and d.month == 1:
            ms = "Jänner"
        if style == "iso":
            return d.isoformat()
        return self.pick(["%02d.%02d.%d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, ms, d.year), "%d. %s" % (d.day, ms),
                          "%02d.%02d." % (d.day, d.month)])

    def weekday(self, d=None):
        d = d or self.t0
        return WEEKDAYS[self.lang][d.weekday()]

    def time(self):
        self.clock = self.clock + datetime.timedelta(minutes=self.rng.randrange(1, 50))
        if self.lang == "en" and self.country == "US":
            h = self.clock.hour % 12 or 12
            return "%d:%02d %s" % (h, self.clock.minute, "am" if self.clock.hour < 12 else "pm")
        return "%02d:%02d" % (self.clock.hour, self.clock.minute)

    def money(self, lo=None, hi=None, value=None):
        r = self.rng
        if value is None:
            value = round(r.uniform(lo, hi), 2)
            if r.random() < 0.4:
                value = float(int(value))
        c = self.country
        if self.lang == "en":
            if c == "GB":
                return "£%.2f" % (value * 0.86)
            if c == "US":
                return "$%.2f" % (value * 1.08)
            if c == "CH":
                return "CHF %.2f" % (value * 0.95)
            return "€%.2f" % value
        if c == "CH":
            return "CHF %.2f" % (value * 0.95)
        return ("%.2f" % value).replace(".", ",") + " €"

    def order(self):
        r = self.rng
        k = r.random()
        if k < 0.3:
            return "TG-%d-%06d" % (self.t0.year, r.randrange(1, 999999))
        if k < 0.5:
            return "#TG%06d" % r.randrange(100000, 999999)
        if k < 0.7:
            return "W%02d%02d-%04d" % (self.t0.year % 100, self.t0.month, r.randrange(1000, 9999))
        if k < 0.85:
            return self.safe_digits(lambda: "%08d" % r.randrange(10000000, 99999999))
        return self.safe_digits(lambda: "0%d%02d %03d %04d" % (r.randrange(1, 10), r.randrange(100), r.randrange(1000), r.randrange(10000)))

    def ticket(self):
        r = self.rng
        return self.pick(["CS-%05d" % r.randrange(10000, 99999), "#%05d" % r.randrange(10000, 99999),
                          "INC%07d" % r.randrange(1, 9999999), "T-%d-%04d" % (self.t0.year, r.randrange(1, 9999)),
                          "SR-%06d" % r.randrange(1, 999999)])

    def parcel(self):
        r = self.rng
        return self.safe_digits(lambda: self.pick([
            "JJD%015d" % r.randrange(10 ** 14, 10 ** 15),
            "00340434%012d" % r.randrange(10 ** 11, 10 ** 12),
            "1Z%s%s%08d" % ("".join(self.pick("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)),
                            self.pick(["03", "67", "A1", "90"]), r.randrange(10 ** 7, 10 ** 8)),
            "%s%09d%s" % (self.pick(["RR", "CX", "LX", "RB"]), r.randrange(10 ** 8, 10 ** 9), self.pick(["DE", "GB", "AT"])),
            "%04d %04d %04d" % (r.randrange(1000, 9999), r.randrange(10000), r.randrange(10000))]))

    def phone_like_ref(self):
        r = self.rng
        return self.safe_digits(lambda: self.pick([
            "0%d%d %d" % (r.randrange(20, 99), r.randrange(10, 99), r.randrange(100000, 999999)),
            "0%d-%d" % (r.randrange(150, 179), r.randrange(1000000, 9999999)),
            "0%d/%d" % (r.randrange(300, 999), r.randrange(100000, 999999)),
            "%03d %03d %04d" % (r.randrange(200, 999), r.randrange(1000), r.randrange(10000))]))

    def gtin(self):
        r = self.rng

        def mk():
            d = self.pick(["400", "401", "426", "428", "440", "501", "760", "900", "912"]) + "%09d" % r.randrange(10 ** 9)
            return d + gtin_digit(d)
        return self.safe_digits(mk)

    def hexs(self, n):
        return self.safe_digits(lambda: "".join(self.pick("0123456789abcdef") for _ in range(n)))

    def member(self):
        return "TC-%08d" % self.rng.randrange(10 ** 7, 10 ** 8)

    def safe_digits(self, fn):
        for _ in range(100):
            s = fn()
            if not bad_digits(s) and not find_iban(s):
                return s
            self.inner_redraws += 1
        raise RuntimeError("no safe digits")

    # ---- shop things
    def store(self):
        if self._store is None:
            self._store = Store(self, self.country)
        return self._store

    def prod(self):
        return Product(self.pick(PRODUCTS), self.lang, self.rng)

    def shop_mail(self, role=None):
        dom = "talgrat.de" if self.country in ("DE", "AT", "CH") or self.lang == "de" else "talgrat.com"
        role = role or self.pick(["service", "orders", "returns", "help"] if self.lang == "en" else
                                 ["service", "kundenservice", "retouren", "bestellung"])
        return Lab("EMAIL", role + "@" + dom)

    def ip(self, **kw):
        return Lab("IP_ADDRESS", self.make_ip(self.country, **kw))


def it_cin(s22):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, ch in enumerate(s22):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


class Registry:
    """Templates by genre; a template may fix the country, the register and forbid invented names."""

    def __init__(self):
        self.by_genre = {}

    def t(self, genre, country=None, reg=None, invented=True):
        def deco(fn):
            fn.country = country
            fn.reg = reg
            fn.invented = invented
            self.by_genre.setdefault(genre, []).append(fn)
            return fn
        return deco
