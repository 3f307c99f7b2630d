"""Core of the held-out half of the thirty-first PII bank (heldout31).

Labelled values (`Lab`) and documents (`Doc`), the template language, the renderer and its
clean-up, people and invented names, addresses, phone numbers, IBANs, cards, Steuer-IDs, IP
addresses, look-alikes, dates and money, and the self-checks. Standard library only.

Template language (in `Gen.r`):
  [[a|b|c]]        one alternative, nested allowed; an empty alternative is allowed
  [?text?]         optional part (drawn with 50 %)
  {name}           a slot: a keyword argument of `r`, else an attribute of the `Gen`;
  {p.attr}         dotted attributes; a `Lab` becomes a labelled span, a `Doc` is inserted
  {p?male|female}  chosen by the gender of the person `p`
A line that holds only an optional part or an alternative that came out empty is dropped.
"""

import datetime as _dt
import ipaddress
import re
import unicodedata

import pii31_held_names as N

TYPES = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS",
         "DE_TAX_ID"]


# ---------------------------------------------------------------------------------------------
# Labelled values and documents
# ---------------------------------------------------------------------------------------------

class Lab:
    """A labelled value. It refuses to be formatted into plain text by accident."""
    __slots__ = ("type", "value")

    def __init__(self, typ, value):
        if typ not in TYPES:
            raise ValueError(typ)
        if not isinstance(value, str) or not value or value != value.strip():
            raise ValueError("bad labelled value %r" % (value,))
        self.type = typ
        self.value = value

    def __str__(self):
        raise TypeError("a Lab must not be formatted as text: %s" % self.type)

    __repr__ = lambda self: "Lab(%s, %r)" % (self.type, self.value)

    def __format__(self, spec):
        raise TypeError("a Lab must not be formatted as text")

    def __add__(self, other):
        return Doc([self]) + other

    def __radd__(self, other):
        return Doc(_parts(other)) + Doc([self])


MARK = "\x00"   # an optional part or alternative that came out empty


def _parts(x):
    if x is None:
        return []
    if isinstance(x, Doc):
        return list(x.parts)
    if isinstance(x, (str, Lab)):
        return [x]
    if isinstance(x, (int, float)):
        return [str(x)]
    if isinstance(x, (list, tuple)):
        out = []
        for y in x:
            out.extend(_parts(y))
        return out
    raise TypeError("cannot insert %r" % (x,))


class Doc:
    __slots__ = ("parts",)

    def __init__(self, parts=()):
        self.parts = _parts(list(parts))

    def __add__(self, other):
        return Doc(self.parts + _parts(other))

    def __radd__(self, other):
        return Doc(_parts(other) + self.parts)


def J(*items):
    return Doc(list(items))


def join(sep, items):
    out = []
    for i, it in enumerate(items):
        if i:
            out.extend(_parts(sep))
        out.extend(_parts(it))
    return Doc(out)


def lab_value(x):
    return x.value if isinstance(x, Lab) else x


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def ascii_local(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
    s = s.replace("Ö", "Oe").replace("Ü", "Ue")
    s = fold(s)
    return re.sub(r"[^a-z0-9]", "", s)


def plain_letters(s):
    """Drop special letters (Yılmaz -> Yilmaz, Đorđević -> Djordjevic)."""
    s = s.replace("đ", "dj").replace("Đ", "Dj").replace("ı", "i").replace("İ", "I")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def words_of(s):
    return [fold(w) for w in WORD_RE.findall(s)]


PARTICLES = ["von", "van", "der", "den", "de", "la", "le", "di", "da", "del", "della", "dos",
             "das", "du", "zu", "zum", "vom", "ter", "ten", "ap", "al", "el", "ben", "lo", "mac",
             "mc", "ni", "o", "los", "bin", "d", "dela", "y"]


# ---------------------------------------------------------------------------------------------
# Checksums and validators
# ---------------------------------------------------------------------------------------------

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


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def card_issuer_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if 16 <= n <= 19 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649
                          or 622126 <= int(d[:6]) <= 622925):
        return True
    if 16 <= n <= 19 and 3528 <= int(d[:4]) <= 3589:
        return True
    if n == 14 and (d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305):
        return True
    if 12 <= n <= 19 and d[:4] in ("5018", "5020", "5038", "6304", "6759", "6761", "6762", "6763"):
        return True
    return False


def card_ok(d):
    return d.isdigit() and card_issuer_ok(d) and luhn_ok(d)


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27,
            "ES": 24, "BE": 16, "LU": 20, "LI": 21, "PL": 28, "CZ": 24, "DK": 18, "SE": 24,
            "NO": 15, "FI": 18, "PT": 25, "GR": 27, "HU": 28, "SI": 19, "HR": 21, "SK": 24,
            "RO": 24, "BG": 22, "TR": 26, "MT": 31, "CY": 28, "EE": 20, "LT": 20, "LV": 21}


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return iban_mod(s) == 1


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
    counts = [d10.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        digit = "0123456789"[counts.index(3)]
        if digit * 3 in d10:
            return False
    return True


def taxid_ok(d):
    d = d.replace(" ", "")
    return (len(d) == 11 and d.isdigit() and taxid_rule_ok(d[:10])
            and taxid_check_digit(d[:10]) == int(d[10]))


def ip_ok(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30})")
DIGITRUN_RE = re.compile(r"\d(?:[ \-]?\d)*")
HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.\-]+")
URL_RE = re.compile(r"https?://[^\s\"'<>)]+")


def _digit_windows(run):
    d = re.sub(r"\D", "", run)
    return d


def hidden_values(text):
    """Values that would have to be labelled, found in a text (outside spans masked)."""
    found = []
    for m in EMAIL_RE.finditer(text):
        found.append(("EMAIL", m.group(0)))
    for m in IPV4_RE.finditer(text):
        parts = [int(x) for x in m.groups()]
        if all(p <= 255 for p in parts):
            found.append(("IPV4", m.group(0)))
    for m in IPV6_RE.finditer(text):
        cand = m.group(1)
        if cand.count(":") >= 2 and cand.strip(":") != "" and ip_ok(cand):
            found.append(("IPV6", cand))
    for m in IBAN_RE.finditer(text):
        cand = m.group(1)
        # try every prefix length that fits a country
        compact = cand.replace(" ", "")
        n = IBAN_LEN.get(compact[:2])
        if n and len(compact) >= n and iban_ok(compact[:n]):
            found.append(("IBAN", compact[:n]))
    for m in DIGITRUN_RE.finditer(text):
        d = _digit_windows(m.group(0))
        if len(d) >= 11:
            for i in range(0, len(d) - 10):
                w = d[i:i + 11]
                if taxid_ok(w):
                    found.append(("TAXID", w))
                    break
        if len(d) >= 12:
            hit = False
            for n in range(12, 20):
                for i in range(0, len(d) - n + 1):
                    w = d[i:i + n]
                    if card_ok(w):
                        found.append(("CARD", w))
                        hit = True
                        break
                if hit:
                    break
    return found


def digits_safe(s):
    """True when a look-alike string hides no valid card, IBAN, Steuer-ID, IP or e-mail."""
    return not hidden_values(s) and not hidden_values(" " + s + " ")


# ---------------------------------------------------------------------------------------------
# Template parsing
# ---------------------------------------------------------------------------------------------

_PARSE_CACHE = {}
_GSLOT_RE = re.compile(r"\{[A-Za-z_]\w*\?[^{}]*\}")


def _parse(s):
    if s in _PARSE_CACHE:
        return _PARSE_CACHE[s]
    pos = 0

    def seq(stops):
        nonlocal pos
        nodes = []
        buf = []
        while pos < len(s):
            if s.startswith("[[", pos):
                if buf:
                    nodes.append("".join(buf))
                    buf = []
                pos += 2
                alts = []
                while True:
                    alts.append(seq(("|", "]]")))
                    if s.startswith("|", pos):
                        pos += 1
                        continue
                    if s.startswith("]]", pos):
                        pos += 2
                        break
                    raise ValueError("unclosed [[ in %r" % s[:80])
                nodes.append(("alt", alts))
                continue
            if s.startswith("[?", pos):
                if buf:
                    nodes.append("".join(buf))
                    buf = []
                pos += 2
                inner = seq(("?]",))
                if not s.startswith("?]", pos):
                    raise ValueError("unclosed [? in %r" % s[:80])
                pos += 2
                nodes.append(("opt", inner))
                continue
            m = _GSLOT_RE.match(s, pos)
            if m:
                buf.append(m.group(0))
                pos = m.end()
                continue
            hit = False
            for st in stops:
                if s.startswith(st, pos):
                    hit = True
                    break
            if hit:
                break
            buf.append(s[pos])
            pos += 1
        if buf:
            nodes.append("".join(buf))
        return nodes

    tree = seq(())
    if pos != len(s):
        raise ValueError("template parse stopped at %d: %r" % (pos, s[pos:pos + 40]))
    _PARSE_CACHE[s] = tree
    return tree


def _expand(nodes, rng, out):
    for n in nodes:
        if isinstance(n, str):
            out.append(n)
        elif n[0] == "alt":
            alt = n[1][rng.randrange(len(n[1]))]
            before = len(out)
            _expand(alt, rng, out)
            if "".join(out[before:]) == "":
                out.append(MARK)
        else:
            if rng.random() < 0.5:
                before = len(out)
                _expand(n[1], rng, out)
                if "".join(out[before:]) == "":
                    out.append(MARK)
            else:
                out.append(MARK)


SLOT_RE = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_.]*)(?:\?([^{}|]*)\|([^{}]*))?\}")


# ---------------------------------------------------------------------------------------------
# Build: Doc -> text and spans, with clean-up outside spans
# ---------------------------------------------------------------------------------------------

def _delete(chars, owner, idx):
    keep = dict.fromkeys(idx)
    nc = [c for i, c in enumerate(chars) if i not in keep]
    no = [o for i, o in enumerate(owner) if i not in keep]
    return nc, no


def build(doc, prose, swiss=False):
    chars = []
    owner = []
    labs = []
    for part in doc.parts:
        if isinstance(part, Lab):
            k = len(labs)
            labs.append(part)
            chars.extend(part.value)
            owner.extend([k] * len(part.value))
        else:
            if swiss:
                part = part.replace("ß", "ss")
            chars.extend(part)
            owner.extend([-1] * len(part))

    def text():
        return "".join(chars)

    # lines made only of empty optional parts are dropped
    t = text()
    lines = t.split("\n")
    if MARK in t:
        out_c, out_o = [], []
        p = 0
        for li, line in enumerate(lines):
            seg_c = chars[p:p + len(line)]
            seg_o = owner[p:p + len(line)]
            nl = li < len(lines) - 1
            drop = MARK in line and line.replace(MARK, "").strip() == "" and all(o == -1 for o in seg_o)
            if not drop:
                out_c.extend(seg_c)
                out_o.extend(seg_o)
                if nl:
                    out_c.append("\n")
                    out_o.append(owner[p + len(line)])
            p += len(line) + (1 if nl else 0)
        chars, owner = out_c, out_o
        idx = [i for i, c in enumerate(chars) if c == MARK and owner[i] == -1]
        chars, owner = _delete(chars, owner, idx)
        if chars and chars[-1] == "\n" and owner[-1] == -1 and not t.endswith("\n"):
            pass

    def apply(pattern, which, flags=0):
        nonlocal chars, owner
        while True:
            t = text()
            dels = []
            for m in re.finditer(pattern, t, flags):
                rng_ = which(m)
                if rng_ and all(owner[i] == -1 for i in rng_):
                    dels.extend(rng_)
            if not dels:
                return
            chars, owner = _delete(chars, owner, sorted(dict.fromkeys(dels)))

    apply(r"[ \t]+$", lambda m: list(range(m.start(), m.end())), re.M)
    if prose:
        apply(r"\n{3,}", lambda m: list(range(m.start() + 2, m.end())))
        apply(r"(?<=\S)  +", lambda m: list(range(m.start() + 1, m.end())))
        apply(r"^ +", lambda m: list(range(m.start(), m.end())), re.M)
        apply(r" +(?=[,.;:!?])", lambda m: list(range(m.start(), m.end())))
        apply(r"\( +", lambda m: list(range(m.start() + 1, m.end())))
        apply(r" +\)", lambda m: list(range(m.start(), m.end() - 1)))
        apply(r",(?=[,.])", lambda m: [m.start()])
    apply(r"\A\s+", lambda m: list(range(m.start(), m.end())))
    apply(r"\s+\Z", lambda m: list(range(m.start(), m.end())))
    t = text()
    spans = []
    for k, lab in enumerate(labs):
        pos = [i for i, o in enumerate(owner) if o == k]
        if not pos:
            continue
        s, e = pos[0], pos[-1] + 1
        if e - s != len(pos) or t[s:e] != lab.value:
            raise AssertionError("span moved: %r" % lab.value)
        spans.append({"type": lab.type, "start": s, "end": e, "value": lab.value})
    spans.sort(key=lambda d: (d["start"], d["end"]))
    return t, spans


# ---------------------------------------------------------------------------------------------
# Self-checks of one record
# ---------------------------------------------------------------------------------------------

POSTCODE_TOWN_LINE = re.compile(
    r"^(?:(?:D-|A-|CH-)?\d{4,5} \S|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\d{4} [A-Z]{2} \S|[A-Z]\d{2}[ ]?[A-Z0-9]{4}\b)")


def check_record(text, ents, pii):
    errs = []
    n = len(text)
    last_end = -1
    for e in ents:
        s, t, v = e["start"], e["end"], e["value"]
        if e["type"] not in TYPES:
            errs.append("type")
        if not (0 <= s < t <= n) or text[s:t] != v:
            errs.append("value mismatch %r" % v)
            continue
        if s < last_end:
            errs.append("overlap %r" % v)
        last_end = t
        if v != v.strip():
            errs.append("space at end %r" % v)
        typ = e["type"]
        if typ == "IBAN" and not iban_ok(v):
            errs.append("bad IBAN %r" % v)
        if typ == "CREDIT_CARD" and not card_ok(re.sub(r"[ \-]", "", v)):
            errs.append("bad card %r" % v)
        if typ == "DE_TAX_ID" and not taxid_ok(v):
            errs.append("bad taxid %r" % v)
        if typ == "IP_ADDRESS" and not ip_ok(v):
            errs.append("bad ip %r" % v)
        if typ == "EMAIL" and not EMAIL_RE.fullmatch(v):
            errs.append("bad email %r" % v)
        if typ == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            errs.append("short phone %r" % v)
        if typ == "PERSON" and re.search(r"\d", v):
            errs.append("digit in person %r" % v)
        if "\n" in v and typ != "STREET_ADDRESS":
            errs.append("line break in %s" % typ)
    # adjacent persons
    pers = [e for e in ents if e["type"] == "PERSON"]
    for a, b in zip(pers, pers[1:]):
        gap = text[a["end"]:b["start"]]
        if gap.strip(" \n") == "":
            errs.append("adjacent persons %r %r" % (a["value"], b["value"]))
    # a one-line street followed by its postcode/town line
    for e in ents:
        if e["type"] == "STREET_ADDRESS" and "\n" not in e["value"]:
            rest = text[e["end"]:]
            if rest.startswith("\n") and POSTCODE_TOWN_LINE.match(rest[1:]):
                errs.append("street followed by town line %r" % e["value"])
    # outside spans
    masked = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            masked[i] = "\u2592"
    mtext = "".join(masked)
    for kind, val in hidden_values(mtext):
        errs.append("unlabelled %s %r" % (kind, val))
    # name parts outside spans, e-mails, handles and URLs
    parts = []
    for e in pers:
        for w in re.split(r"[\s,.\-'’]+", e["value"]):
            fw = fold(w)
            if len(fw) >= 2 and fw not in PARTICLES:
                parts.append(fw)
    if parts:
        pset = dict.fromkeys(parts)
        excl = list(mtext)
        for rx in (EMAIL_RE, HANDLE_RE, URL_RE):
            for m in rx.finditer(mtext):
                for i in range(m.start(), m.end()):
                    excl[i] = "\u2592"
        etext = "".join(excl)
        for m in WORD_RE.finditer(etext):
            if fold(m.group(0)) in pset:
                errs.append("unlabelled name part %r" % m.group(0))
    if pii and not ents:
        errs.append("no span in a text with personal data")
    if not pii and ents:
        errs.append("span in a text without personal data")
    if text != text.strip():
        errs.append("space at text end")
    if text.count("\n") + 1 > 15:
        errs.append("more than 15 lines")
    if MARK in text or "[[" in text or "[?" in text or "?]" in text or re.search(r"(?<!\{)\{[a-z_]+(?:\.[a-z_]+)*\}", text):
        errs.append("template mark left")
    if re.search(r"[\x00-\x08\x0b-\x1f]", text):
        errs.append("control character")
    return errs


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------

# (town, postcodes, area code)
DE_TOWNS = [
    ("Berlin", ["10115", "10405", "10437", "10961", "12043", "13353"], "030"),
    ("München", ["80331", "80469", "80798", "81369", "81541"], "089"),
    ("Hamburg", ["20095", "20257", "22765", "22303"], "040"),
    ("Köln", ["50667", "50823", "50937"], "0221"),
    ("Frankfurt am Main", ["60311", "60316", "60594"], "069"),
    ("Stuttgart", ["70173", "70180", "70197"], "0711"),
    ("Kempten (Allgäu)", ["87435", "87437", "87439"], "0831"),
    ("Augsburg", ["86150", "86152", "86161"], "0821"),
    ("Nürnberg", ["90402", "90409", "90459"], "0911"),
    ("Leipzig", ["04109", "04275", "04315"], "0341"),
    ("Dresden", ["01067", "01097", "01309"], "0351"),
    ("Freiburg im Breisgau", ["79098", "79102", "79104"], "0761"),
    ("Ulm", ["89073", "89075", "89077"], "0731"),
    ("Regensburg", ["93047", "93049", "93053"], "0941"),
    ("Würzburg", ["97070", "97072", "97082"], "0931"),
    ("Bonn", ["53111", "53113", "53115"], "0228"),
    ("Münster", ["48143", "48145", "48151"], "0251"),
    ("Hannover", ["30159", "30161", "30169"], "0511"),
    ("Bremen", ["28195", "28199", "28203"], "0421"),
    ("Kiel", ["24103", "24105", "24114"], "0431"),
    ("Erfurt", ["99084", "99085", "99092"], "0361"),
    ("Mainz", ["55116", "55118", "55122"], "06131"),
    ("Kassel", ["34117", "34119", "34121"], "0561"),
    ("Garmisch-Partenkirchen", ["82467"], "08821"),
    ("Oberstdorf", ["87561"], "08322"),
    ("Füssen", ["87629"], "08362"),
    ("Rosenheim", ["83022", "83024", "83026"], "08031"),
    ("Passau", ["94032", "94034", "94036"], "0851"),
    ("Bamberg", ["96047", "96049", "96052"], "0951"),
    ("Tübingen", ["72070", "72072", "72074"], "07071"),
    ("Lindau (Bodensee)", ["88131"], "08382"),
    ("Sonthofen", ["87527"], "08321"),
]
DE_STREETS = """Hauptstraße Bahnhofstraße Goethestraße Schillerstraße Lindenstraße Gartenstraße Kirchweg
Rosenweg Birkenweg Feldstraße Bergstraße Ringstraße Mozartstraße Talstraße Wiesenweg Uhlandstraße
Kastanienallee Mühlweg Blumenstraße Eichendorffstraße Sonnenstraße Hölderlinweg Burgstraße
Lessingstraße Brunnenstraße Weinbergstraße Bismarckstraße Leopoldstraße Kollwitzstraße Kaiserstraße
Ahornweg Lerchenstraße Schulstraße Parkstraße Waldstraße Am_Markt Am_Anger Am_Bach Im_Winkel
Kemptener_Straße Allgäuer_Straße Münchner_Straße Sendlinger_Straße Eppendorfer_Weg
Zur_Alten_Mühle Hinter_der_Kirche An_der_Iller Karl-Marx-Allee Theodor-Heuss-Ring""".split()
DE_STREETS = [s.replace("_", " ") for s in DE_STREETS]

AT_TOWNS = [
    ("Wien", ["1010", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1090", "1120",
              "1150", "1160", "1180"], "01"),
    ("Graz", ["8010", "8020", "8045"], "0316"),
    ("Linz", ["4020", "4040"], "0732"),
    ("Salzburg", ["5020", "5023"], "0662"),
    ("Innsbruck", ["6020"], "0512"),
    ("Klagenfurt am Wörthersee", ["9020"], "0463"),
    ("Villach", ["9500"], "04242"),
    ("Bregenz", ["6900"], "05574"),
    ("Dornbirn", ["6850"], "05572"),
    ("St. Pölten", ["3100"], "02742"),
    ("Wels", ["4600"], "07242"),
    ("Leoben", ["8700"], "03842"),
    ("Kufstein", ["6330"], "05372"),
    ("Schladming", ["8970"], "03687"),
    ("Lienz", ["9900"], "04852"),
]
AT_STREETS = """Hauptplatz Mariahilfer_Straße Landstraßer_Hauptstraße Herrengasse Museumstraße Bahnhofstraße
Linzer_Gasse Maria-Theresien-Straße Wiedner_Hauptstraße Lerchenfelder_Gürtel Kaiserstraße
Schönbrunner_Straße Annenstraße Sporgasse Getreidegasse Anichstraße Leopoldstraße Schulgasse
Kirchengasse Dorfstraße Feldgasse Wiener_Straße Grazer_Straße Favoritenstraße Neubaugasse
Josefstädter_Straße Hernalser_Hauptstraße Alser_Straße Radetzkystraße Zieglergasse""".split()
AT_STREETS = [s.replace("_", " ") for s in AT_STREETS]

# (town, postcodes, area code, language of the street names)
CH_TOWNS = [
    ("Zürich", ["8001", "8003", "8004", "8006", "8032", "8037", "8045", "8057"], "044", "de"),
    ("Bern", ["3011", "3012", "3013", "3014"], "031", "de"),
    ("Basel", ["4051", "4052", "4056", "4057"], "061", "de"),
    ("Luzern", ["6003", "6004", "6005"], "041", "de"),
    ("St. Gallen", ["9000", "9008", "9014"], "071", "de"),
    ("Winterthur", ["8400", "8404", "8406"], "052", "de"),
    ("Chur", ["7000"], "081", "de"),
    ("Thun", ["3600"], "033", "de"),
    ("Interlaken", ["3800"], "033", "de"),
    ("Davos Platz", ["7270"], "081", "de"),
    ("Zug", ["6300"], "041", "de"),
    ("Aarau", ["5000"], "062", "de"),
    ("Lausanne", ["1003", "1004", "1005"], "021", "fr"),
    ("Genève", ["1201", "1205", "1207"], "022", "fr"),
    ("Lugano", ["6900"], "091", "it"),
]
CH_STREETS = {
    "de": """Bahnhofstrasse Seestrasse Dorfstrasse Hauptstrasse Kirchgasse Rosenweg Bergstrasse
Schulhausstrasse Zürcherstrasse Bernstrasse Gartenstrasse Rebgasse Alpenstrasse Spitalgasse
Marktgasse Obere_Gasse Im_Feld Weinbergstrasse Birkenweg Langstrasse Badenerstrasse
Kramgasse Hofstrasse Sonnenbergstrasse""".split(),
    "fr": ["Rue du Lac", "Rue du Bourg", "Avenue de la Gare", "Chemin des Vignes", "Rue de Lausanne",
           "Route de Berne"],
    "it": ["Via Nassa", "Via Cantonale", "Via Pessina", "Via San Gottardo", "Via Canova"],
}
CH_STREETS["de"] = [s.replace("_", " ") for s in CH_STREETS["de"]]

# (town, outward codes, area code)
GB_TOWNS = [
    ("Manchester", ["M14", "M20", "M4", "M21"], "0161"),
    ("Leeds", ["LS6", "LS7", "LS8", "LS11"], "0113"),
    ("London", ["N1", "E8", "SW11", "SE15", "NW5", "E17", "W12"], "020"),
    ("Bristol", ["BS6", "BS3", "BS7"], "0117"),
    ("Sheffield", ["S10", "S7", "S11"], "0114"),
    ("Edinburgh", ["EH6", "EH9", "EH10", "EH3"], "0131"),
    ("Glasgow", ["G12", "G41", "G3"], "0141"),
    ("Cardiff", ["CF24", "CF11", "CF5"], "029"),
    ("Kendal", ["LA9"], "01539"),
    ("Keswick", ["CA12"], "017687"),
    ("Newcastle upon Tyne", ["NE2", "NE6"], "0191"),
    ("York", ["YO31", "YO10"], "01904"),
    ("Bath", ["BA1", "BA2"], "01225"),
    ("Brighton", ["BN1", "BN2"], "01273"),
    ("Nottingham", ["NG7", "NG5"], "0115"),
    ("Oxford", ["OX4", "OX2"], "01865"),
    ("Cambridge", ["CB1", "CB4"], "01223"),
    ("Aberdeen", ["AB10", "AB24"], "01224"),
    ("Inverness", ["IV2", "IV3"], "01463"),
    ("Fort William", ["PH33"], "01397"),
    ("Exeter", ["EX4", "EX1"], "01392"),
    ("Norwich", ["NR2", "NR3"], "01603"),
]
GB_STREETS = """Elm_Road Victoria_Street Station_Road Church_Lane Park_Avenue Mill_Lane Queens_Road
Albert_Street Manor_Close Oakfield_Crescent Windsor_Gardens Belmont_Terrace Hawthorn_Grove
Meadow_Way Kingsway Ashley_Drive Beech_Avenue Castle_Street Bridge_Street Highfield_Road
Priory_Walk Lowther_Street Cheviot_View Chestnut_Rise Orchard_Close Ferndale_Road
Rosebery_Avenue Granby_Row Marlborough_Place Thornfield_Lane""".split()
GB_STREETS = [s.replace("_", " ") for s in GB_STREETS]

# (city, state, zips, area codes)
US_TOWNS = [
    ("Portland", "OR", ["97205", "97211", "97214", "97202"], ["503", "971"]),
    ("Seattle", "WA", ["98103", "98107", "98122"], ["206"]),
    ("Denver", "CO", ["80203", "80205", "80211"], ["303", "720"]),
    ("Boulder", "CO", ["80302", "80304"], ["303"]),
    ("Salt Lake City", "UT", ["84101", "84105"], ["801"]),
    ("Boise", "ID", ["83702", "83706"], ["208"]),
    ("Bozeman", "MT", ["59715", "59718"], ["406"]),
    ("Burlington", "VT", ["05401", "05408"], ["802"]),
    ("Boston", "MA", ["02116", "02130"], ["617"]),
    ("Brooklyn", "NY", ["11215", "11238"], ["718", "347"]),
    ("Minneapolis", "MN", ["55408", "55406"], ["612"]),
    ("Chicago", "IL", ["60614", "60622"], ["773", "312"]),
    ("Asheville", "NC", ["28801", "28806"], ["828"]),
    ("Flagstaff", "AZ", ["86001", "86004"], ["928"]),
    ("Sacramento", "CA", ["95814", "95818"], ["916"]),
    ("Madison", "WI", ["53703", "53711"], ["608"]),
    ("Ann Arbor", "MI", ["48104", "48103"], ["734"]),
    ("Bend", "OR", ["97701", "97702"], ["541"]),
]
US_STREETS = """Main_St Maple_Ave Pearl_St Oak_St Pine_St Cedar_Ave Elm_St Washington_Ave NE_Alberta_St
SE_Hawthorne_Blvd Market_St Park_Ave Lake_St Hill_Rd River_Rd Ridge_Rd Spruce_St Walnut_St
Broadway College_Ave Mountain_View_Dr Summit_Ave Aspen_Way Willow_Ln Franklin_St Grant_Ave""".split()
US_STREETS = [s.replace("_", " ") for s in US_STREETS]

# (town, routing key, area code, county or None)
IE_TOWNS = [
    ("Dublin 2", "D02", "01", None), ("Dublin 3", "D03", "01", None), ("Dublin 4", "D04", "01", None),
    ("Dublin 6", "D06", "01", None), ("Dublin 7", "D07", "01", None), ("Dublin 8", "D08", "01", None),
    ("Cork", "T12", "021", "Co. Cork"), ("Galway", "H91", "091", "Co. Galway"),
    ("Limerick", "V94", "061", "Co. Limerick"), ("Westport", "F28", "098", "Co. Mayo"),
    ("Killarney", "V93", "064", "Co. Kerry"), ("Sligo", "F91", "071", "Co. Sligo"),
    ("Kilkenny", "R95", "056", "Co. Kilkenny"), ("Waterford", "X91", "051", "Co. Waterford"),
    ("Athlone", "N37", "090", "Co. Westmeath"), ("Bray", "A98", "01", "Co. Wicklow"),
]
IE_STREETS = """Main_Street Clontarf_Road Griffith_Avenue Shop_Street Patrick_Street Castle_Street
Church_Road Strand_Road Ranelagh_Road Quay_Street Mill_Road Bridge_Street Ashgrove_Park
Seaview_Terrace Hazel_Grove Oakwood_Drive Father_Griffin_Road College_Road""".split()
IE_STREETS = [s.replace("_", " ") for s in IE_STREETS]
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"

FR_TOWNS = [
    ("Lyon", ["69002", "69003", "69006", "69007"], "04"), ("Chamonix-Mont-Blanc", ["74400"], "04"),
    ("Annecy", ["74000"], "04"), ("Grenoble", ["38000", "38100"], "04"),
    ("Paris", ["75011", "75018", "75005", "75014"], "01"), ("Strasbourg", ["67000"], "03"),
    ("Toulouse", ["31000", "31400"], "05"), ("Bordeaux", ["33000", "33800"], "05"),
    ("Marseille", ["13006", "13001"], "04"),
]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire",
              "rue Victor Hugo", "chemin des Vignes", "place du Marché", "rue du Lac",
              "avenue de la Gare", "rue Pasteur", "rue de l'Église", "allée des Tilleuls",
              "rue du Mont-Blanc", "quai Perrache", "rue des Alpes"]

NL_TOWNS = [
    ("Amsterdam", ["1016", "1017", "1072", "1091"], "020"), ("Utrecht", ["3511", "3581"], "030"),
    ("Rotterdam", ["3011", "3014"], "010"), ("Den Haag", ["2511", "2514"], "070"),
    ("Groningen", ["9711", "9712"], "050"), ("Eindhoven", ["5611", "5616"], "040"),
    ("Nijmegen", ["6511", "6521"], "024"), ("Haarlem", ["2011", "2012"], "023"),
    ("Leiden", ["2311", "2312"], "071"), ("Arnhem", ["6811", "6822"], "026"),
]
NL_STREETS = ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Oudegracht",
              "Stationsweg", "Nieuwstraat", "Lange Voorhout", "Herengracht", "Wilhelminastraat",
              "Julianalaan", "Zeestraat", "Vondelstraat", "Biltstraat"]

# (town, cap, province, area code)
IT_TOWNS = [
    ("Milano", "20121", "MI", "02"), ("Torino", "10121", "TO", "011"), ("Trento", "38122", "TN", "0461"),
    ("Bolzano", "39100", "BZ", "0471"), ("Bergamo", "24121", "BG", "035"), ("Verona", "37121", "VR", "045"),
    ("Bologna", "40121", "BO", "051"), ("Firenze", "50122", "FI", "055"), ("Roma", "00184", "RM", "06"),
    ("Cortina d'Ampezzo", "32043", "BL", "0436"), ("Aosta", "11100", "AO", "0165"),
    ("Merano", "39012", "BZ", "0473"),
]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Italia", "Piazza Walther", "Via Dante",
              "Viale dei Mille", "Via Mazzini", "Via Cavour", "Via dei Portici", "Via Verdi",
              "Via San Francesco", "Corso Libertà"]

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

# Talgrat stores per country (town names only, never labelled)
STORES = {
    "DE": ["Kempten", "München", "Stuttgart", "Freiburg", "Berlin", "Hamburg", "Leipzig"],
    "AT": ["Innsbruck", "Wien", "Salzburg", "Graz"],
    "CH": ["Zürich", "Bern", "Luzern", "Chur"],
    "GB": ["Manchester", "Edinburgh", "Keswick", "London", "Sheffield", "Bristol"],
    "IE": ["Dublin", "Galway", "Cork"],
    "US": ["Denver", "Portland", "Burlington", "Boulder"],
    "FR": ["Annecy", "Lyon"], "NL": ["Utrecht", "Amsterdam"], "IT": ["Bolzano", "Milano"],
}

FREEMAIL = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "proton.me", "gmail.com"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "yahoo.ie"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "IT": ["libero.it", "gmail.com", "tiscali.it", "virgilio.it"],
}

# ---------------------------------------------------------------------------------------------
# The brand (from brand-guides/talgrat)
# ---------------------------------------------------------------------------------------------

PRODUCTS = [
    # sku, name en, name de, price, colours en, colours de
    ("TG-HT-100", "Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", "129.95",
     ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"]),
    ("TG-BP-045", "Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", "229.95",
     ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"]),
    ("TG-RJ-100", "Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", "349.95",
     ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"], ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
    ("TG-FL-100", "Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", "119.95",
     ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"]),
    ("TG-BP-030", "Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", "139.95",
     ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"]),
    ("TG-DJ-100", "Kaltkar Down Jacket", "Kaltkar Daunenjacke", "289.95",
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"]),
    ("TG-BL-100", "Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt", "89.95",
     ["Slate", "Limestone", "Peat Brown"], ["Schiefer", "Kalkstein", "Moorbraun"]),
    ("TG-SI-100", "Rinnental Insulated Hoody", "Rinnental Isolationshoody", "219.95",
     ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"]),
    ("TG-RJ-200", "Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", "199.95",
     ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"]),
    ("TG-TS-100", "Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", "159.95",
     ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"]),
    ("TG-SO-100", "Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", "24.95",
     ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten", "Hüttenorange"]),
    ("TG-WT-100", "Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", "169.95",
     ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"]),
]
DE_GENDER = {"TG-HT-100": "f", "TG-BP-045": "m", "TG-RJ-100": "f", "TG-FL-100": "f", "TG-BP-030": "m",
             "TG-DJ-100": "f", "TG-BL-100": "n", "TG-SI-100": "m", "TG-RJ-200": "f", "TG-TS-100": "m",
             "TG-SO-100": "p", "TG-WT-100": "f"}
SHORT_NAMES = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat",
               "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]

COMPANIES = {
    "supplier": ["Alpenfaser Textil GmbH", "Nordwand Outdoor Components AG", "Karwendel Logistik GmbH",
                 "Summitline Fabrics Ltd", "Ridgeway Packaging Ltd", "Northpeak Trading Co.",
                 "Gletscherblick Verpackung GmbH", "Bergquell Etiketten GmbH", "Highmoor Print Ltd",
                 "Lakeland Courier Services", "Tannheimer Druck KG", "Alpine Zip Systems S.r.l.",
                 "Vallée Textile SAS", "Fjellspor Components AS", "Mistral Sourcing S.A.",
                 "Silverpine Buttons Ltd", "Hochland Spedition GmbH", "Blue Ridge Dye Works Inc."],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}

COMMON_WORDS = """a an the and or but if of to in on at by for with from as is are was were be been
am do does did have has had not no yes we you he she it they them his her our your their my me
us this that these those there here what when where who why how all any some one two three four
five six seven eight nine ten new old good great best well will may can could would should must
might shall just only also very much many more most less few back up down out over under again
still even never always often now then soon today tomorrow yesterday day week month year time
hello hi dear thanks thank regards best cheers love kind please sorry sure ok okay call phone
mail email order store shop team staff customer card bank price sale size colour color black
white green brown grey gray blue red rose hope joy grace will mark hunter baker cook king young
little long short strong wood stone bell page bird fox wolf hill field cross moss bush gold
silver glass booth church potter weaver fisher shepherd knight bishop steel crow finch miller
carpenter butler cooper walker frost price sharp wells marsh brook lamb swan hart rich
der die das ein eine einer einem einen und oder aber wenn dann noch nur auch schon sehr gut
ich du er sie es wir ihr mein dein sein unser euer bitte danke hallo liebe lieber grüße gruß
herr frau kunde kundin wolf koch fuchs bauer vogel winter sommer jäger könig klein lang kurz
kaiser hahn schwarz braun weiß graf engel herbst hase specht fink adler storch busch berg
stein ernst sauer fröhlich kühn mai strauß zimmermann richter meister schreiber krämer förster
gärtner schuster pfeiffer held bäcker müller schneider fischer weber becker frank till fern
ivy hazel violet iris amber ruby holly daisy poppy skye summer dawn sonne mond""".split()


FUNCTION_WORDS = """a an the and or but if of to in on at by for with from as is are was were be
been am do does did have has had not no yes we you he she it they them his her our your their my me
us this that der die das ein eine und oder aber wenn dann noch nur auch schon sehr ich du er sie es
wir ihr mein dein sein bitte danke hallo herr frau""".split()


def forbidden_base():
    out = [fold(w) for w in FUNCTION_WORDS]
    for lang in ("en", "de"):
        out += [fold(w) for w in MONTHS[lang] + WEEKDAYS[lang]]
    out += [fold(w) for w in SHORT_NAMES]
    for p in PRODUCTS:
        for s in (p[1], p[2]) + tuple(p[4]) + tuple(p[5]):
            out += words_of(s)
    for lst in STORES.values():
        for s in lst:
            out += words_of(s)
    for tbl in (DE_TOWNS, AT_TOWNS, CH_TOWNS, GB_TOWNS, FR_TOWNS, NL_TOWNS):
        for t in tbl:
            out += words_of(t[0])
    for t in US_TOWNS + IE_TOWNS + IT_TOWNS:
        out += words_of(t[0])
    for lst in COMPANIES.values():
        for s in lst:
            out += words_of(s)
    return list(dict.fromkeys(out))


FORBIDDEN_BASE = forbidden_base()


# ---------------------------------------------------------------------------------------------
# Name tables
# ---------------------------------------------------------------------------------------------

def female_surname(origin, s):
    if origin == "polish":
        for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "czech":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("ec"):
            return s[:-2] + "cová"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    if origin == "russian":
        for a, b in (("ov", "ova"), ("ev", "eva"), ("in", "ina")):
            if s.endswith(a):
                return s + "a"
        return s
    if origin == "greek":
        for a, b in (("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki"), ("os", "ou"),
                     ("as", "a"), ("is", "i")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "baltic":
        if s.endswith("š"):
            return s[:-1] + "a"
        for a in ("as", "us", "is"):
            if s.endswith(a):
                return s[:-len(a)] + "ienė"
        if s.endswith("ons"):
            return s[:-1] + "e"
        if s.endswith("s"):
            return s[:-1] + "a"
        return s
    return s


def german_russian(s):
    for a, b in (("ova", "owa"), ("eva", "ewa"), ("ov", "ow"), ("ev", "ew")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def known_parts():
    """Every part of every listed name in every spelling the generator can make (folded)."""
    out = []
    for key, o in N.ORIGINS.items():
        for g in o["m"] + o["f"]:
            out += words_of(g)
        for s in o["s"]:
            for v in (s, female_surname(key, s), german_russian(s), german_russian(female_surname(key, s))):
                out += words_of(v)
                out += words_of(plain_letters(v))
    for s in N.EN_WORD_SURNAMES + N.DE_WORD_SURNAMES:
        out += words_of(s)
    return dict.fromkeys(out)


KNOWN = known_parts()


# ---------------------------------------------------------------------------------------------
# Values: addresses
# ---------------------------------------------------------------------------------------------

class Address:
    """One address; `street` and `town_line` are the two lines, cells are kept apart."""

    def __init__(self, country, street, town_line, postcode, town, region=""):
        self.country = country
        self.street_text = street
        self.town_line_text = town_line
        self.postcode = postcode
        self.town = town
        self.region = region

    @property
    def one(self):
        return Lab("STREET_ADDRESS", self.street_text + ", " + self.town_line_text)

    @property
    def two(self):
        return Lab("STREET_ADDRESS", self.street_text + "\n" + self.town_line_text)

    @property
    def street(self):
        return Lab("STREET_ADDRESS", self.street_text)

    @property
    def town_line(self):
        return self.town_line_text


def make_address(rng, country):
    r = rng
    if country == "DE":
        town, pcs, _ = r.choice(DE_TOWNS)
        st = r.choice(DE_STREETS)
        if st.endswith("straße") and r.random() < 0.2:
            st = st[:-6] + "str."
        no = str(r.randint(1, 148)) + (r.choice("abc") if r.random() < 0.12 else "")
        pc = r.choice(pcs)
        pre = "D-" if r.random() < 0.12 else ""
        return Address("DE", st + " " + no, pre + pc + " " + town, pc, town)
    if country == "AT":
        town, pcs, _ = r.choice(AT_TOWNS)
        st = r.choice(AT_STREETS)
        no = str(r.randint(1, 120))
        x = r.random()
        if town == "Wien" and x < 0.45:
            no += "/%d/%d" % (r.randint(1, 9), r.randint(1, 24))
        elif x < 0.65:
            no += "/%d" % r.randint(1, 30)
        pc = r.choice(pcs)
        pre = "A-" if r.random() < 0.22 else ""
        return Address("AT", st + " " + no, pre + pc + " " + town, pc, town)
    if country == "CH":
        town, pcs, _, slang = r.choice(CH_TOWNS)
        st = r.choice(CH_STREETS[slang])
        no = str(r.randint(1, 96)) + (r.choice("ab") if r.random() < 0.1 else "")
        pc = r.choice(pcs)
        pre = "CH-" if r.random() < 0.25 else ""
        return Address("CH", st + " " + no, pre + pc + " " + town, pc, town)
    if country == "GB":
        town, outs, _ = r.choice(GB_TOWNS)
        st = r.choice(GB_STREETS)
        line = "%d %s" % (r.randint(1, 220), st)
        x = r.random()
        if x < 0.22:
            line = "Flat %d, %s" % (r.randint(1, 12), line)
        elif x < 0.3:
            line = "Flat %d%s, %s" % (r.randint(1, 6), r.choice("ABCD"), line)
        elif x < 0.35:
            line = "Apartment %d, %s" % (r.randint(1, 40), line)
        pc = "%s %d%s%s" % (r.choice(outs), r.randint(1, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ"),
                            r.choice("ABDEFGHJLNPQRSTUWXYZ"))
        return Address("GB", line, town + " " + pc, pc, town)
    if country == "US":
        city, state, zips, _ = r.choice(US_TOWNS)
        st = r.choice(US_STREETS)
        line = "%d %s" % (r.randint(12, 4890), st)
        x = r.random()
        if x < 0.25:
            line += ", Apt %d%s" % (r.randint(1, 12), r.choice("ABCD"))
        elif x < 0.35:
            line += ", Suite %d" % r.choice([100, 110, 120, 200, 210, 220, 300, 305])
        elif x < 0.42:
            line += " #%d" % r.randint(2, 40)
        z = r.choice(zips)
        return Address("US", line, "%s, %s %s" % (city, state, z), z, city, state)
    if country == "IE":
        town, key, _, county = r.choice(IE_TOWNS)
        st = r.choice(IE_STREETS)
        line = "%d %s" % (r.randint(1, 160), st)
        if r.random() < 0.2:
            line = "Apartment %d, %s" % (r.randint(1, 60), line)
        eir = key + " " + "".join(r.choice(EIR_CHARS) for _ in range(4))
        if county and r.random() < 0.6:
            tl = "%s, %s, %s" % (town, county, eir)
        else:
            tl = "%s, %s" % (town, eir)
        return Address("IE", line, tl, eir, town)
    if country == "FR":
        town, pcs, _ = r.choice(FR_TOWNS)
        st = r.choice(FR_STREETS)
        no = str(r.randint(1, 90))
        if r.random() < 0.12:
            no += r.choice([" bis", " ter"])
        pc = r.choice(pcs)
        tn = town.upper() if r.random() < 0.3 else town
        return Address("FR", "%s %s" % (no, st), pc + " " + tn, pc, town)
    if country == "NL":
        town, pcs, _ = r.choice(NL_TOWNS)
        st = r.choice(NL_STREETS)
        no = str(r.randint(1, 320)) + r.choice(["", "", "", "-hs", " II", "-1", "A"])
        pc = r.choice(pcs) + " " + r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")
        tn = town.upper() if r.random() < 0.2 else town
        return Address("NL", st + " " + no, pc + " " + tn, pc, town)
    if country == "IT":
        town, cap, prov, _ = r.choice(IT_TOWNS)
        st = r.choice(IT_STREETS)
        no = str(r.randint(1, 120))
        tl = "%s %s (%s)" % (cap, town, prov) if r.random() < 0.5 else "%s %s %s" % (cap, town, prov)
        return Address("IT", st + " " + no, tl, cap, town, prov)
    raise ValueError(country)


def area_code(country, town):
    for tbl in (DE_TOWNS, AT_TOWNS, GB_TOWNS, FR_TOWNS, NL_TOWNS):
        for t in tbl:
            if t[0] == town:
                return t[2]
    for t in CH_TOWNS:
        if t[0] == town:
            return t[2]
    for t in US_TOWNS:
        if t[0] == town:
            return t[3][0]
    for t in IE_TOWNS:
        if t[0] == town:
            return t[2]
    for t in IT_TOWNS:
        if t[0] == town:
            return t[3]
    return None


# ---------------------------------------------------------------------------------------------
# Values: phone numbers
# ---------------------------------------------------------------------------------------------

CC = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "IE": "353", "FR": "33", "NL": "31",
      "IT": "39"}


class Phone:
    """A number as national prefix + subscriber digits; forms are drawn per use."""

    def __init__(self, country, prefix, sub, mobile):
        self.country = country
        self.prefix = prefix      # national prefix with trunk 0 (not for US, IT mobile)
        self.sub = sub
        self.mobile = mobile

    def e164(self):
        p = self.prefix
        if self.country not in ("US", "IT") and p.startswith("0"):
            p = p[1:]
        return "+" + CC[self.country] + p + self.sub

    def forms(self):
        c, p, s = self.country, self.prefix, self.sub
        cc = CC[c]
        p0 = p[1:] if (c not in ("US", "IT") and p.startswith("0")) else p
        if c == "US":
            a, b = s[:3], s[3:]
            return {
                "nat": ["(%s) %s-%s" % (p, a, b), "%s-%s-%s" % (p, a, b), "%s.%s.%s" % (p, a, b),
                        "1-%s-%s-%s" % (p, a, b)],
                "intl": ["+1 %s %s %s" % (p, a, b), "+1-%s-%s-%s" % (p, a, b), "+1 (%s) %s-%s" % (p, a, b)],
            }
        if c in ("DE", "AT"):
            grp = s if len(s) < 6 else s[:3] + " " + s[3:]
            nat = ["%s %s" % (p, s), "%s/%s" % (p, s), "%s-%s" % (p, s), "%s %s" % (p, grp)]
            if not self.mobile:
                nat.append("(%s) %s" % (p, s))
            if c == "AT" and len(s) == 7:
                nat.append("%s %s %s %s" % (p, s[:3], s[3:5], s[5:]))
            intl = ["+%s %s %s" % (cc, p0, s), "+%s (0)%s %s" % (cc, p0, s), "00%s %s %s" % (cc, p0, s),
                    "+%s %s %s" % (cc, p0, grp)]
            return {"nat": nat, "intl": intl}
        if c == "CH":
            g = "%s %s %s" % (s[:3], s[3:5], s[5:])
            return {"nat": ["%s %s" % (p, g), "%s %s" % (p, s)],
                    "intl": ["+41 %s %s" % (p0, g), "+41 (0)%s %s" % (p0, g), "0041 %s %s" % (p0, g)]}
        if c == "GB":
            if self.mobile:
                full = p + s
                a, b = full[:5], full[5:]
                return {"nat": ["%s %s" % (a, b), "%s %s %s" % (a, b[:3], b[3:])],
                        "intl": ["+44 %s %s" % (a[1:], b), "+44 (0)%s %s" % (a[1:], b), "0044 %s %s" % (a[1:], b)]}
            if len(s) == 8:
                a, b = s[:4], s[4:]
            elif len(s) == 7:
                a, b = s[:3], s[3:]
            else:
                a, b = s[:len(s) - 3], s[-3:]
            return {"nat": ["%s %s %s" % (p, a, b), "(%s) %s %s" % (p, a, b)],
                    "intl": ["+44 %s %s %s" % (p0, a, b), "+44 (0)%s %s %s" % (p0, a, b)]}
        if c == "IE":
            a, b = s[:3], s[3:]
            return {"nat": ["%s %s %s" % (p, a, b), "(%s) %s %s" % (p, a, b) if not self.mobile else "%s %s%s" % (p, a, b)],
                    "intl": ["+353 %s %s %s" % (p0, a, b), "+353 (0)%s %s %s" % (p0, a, b), "00353 %s %s %s" % (p0, a, b)]}
        if c == "FR":
            full = p0 + s  # 9 digits
            pairs = " ".join(full[i:i + 2] for i in range(1, 9, 2))
            nat = "0" + full[0] + " " + pairs
            return {"nat": [nat, nat.replace(" ", ".")],
                    "intl": ["+33 %s %s" % (full[0], pairs), "+33 (0)%s %s" % (full[0], pairs)]}
        if c == "NL":
            if self.mobile:
                return {"nat": ["06-%s" % s, "06 %s %s" % (s[:4], s[4:]), "06 %s" % s],
                        "intl": ["+31 6 %s" % s, "+31 (0)6 %s" % s, "+31 6 %s %s" % (s[:4], s[4:])]}
            return {"nat": ["%s-%s" % (p, s), "%s %s" % (p, s)],
                    "intl": ["+31 %s %s" % (p0, s), "+31 (0)%s %s" % (p0, s)]}
        if c == "IT":
            if self.mobile:
                return {"nat": ["%s %s %s" % (p, s[:3], s[3:]), "%s/%s" % (p, s), "%s %s" % (p, s)],
                        "intl": ["+39 %s %s %s" % (p, s[:3], s[3:]), "0039 %s %s" % (p, s), "+39 %s %s" % (p, s)]}
            return {"nat": ["%s %s" % (p, s)], "intl": ["+39 %s %s" % (p, s)]}
        raise ValueError(c)


def make_phone(rng, country, mobile=True, town=None):
    r = rng
    c = country
    if c == "DE":
        if mobile:
            return Phone(c, r.choice(["0151", "0152", "0157", "0160", "0162", "0163", "0170", "0171", "0172",
                                      "0173", "0174", "0175", "0176", "0177", "0178", "0179"]),
                         str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(r.choice([6, 7]))), True)
        ac = area_code(c, town) or r.choice(["089", "030", "0831", "0711"])
        n = 8 - (len(ac) - 3) if len(ac) <= 4 else 6
        return Phone(c, ac, str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(max(5, n) - 1)), False)
    if c == "AT":
        if mobile:
            return Phone(c, r.choice(["0650", "0660", "0664", "0676", "0680", "0681", "0699"]),
                         str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(6)), True)
        ac = area_code(c, town) or r.choice(["01", "0512", "0662"])
        n = 7 if ac == "01" else 6 if len(ac) <= 4 else 5
        return Phone(c, ac, str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1)), False)
    if c == "CH":
        if mobile:
            return Phone(c, r.choice(["076", "077", "078", "079"]),
                         str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(6)), True)
        ac = area_code(c, town) or r.choice(["044", "031", "061"])
        return Phone(c, ac, str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(6)), False)
    if c == "GB":
        if mobile:
            return Phone(c, "07", r.choice("456789") + "".join(r.choice("0123456789") for _ in range(8)), True)
        ac = area_code(c, town) or r.choice(["0161", "0113", "0131"])
        n = {3: 8, 4: 7, 5: 6, 6: 5}[len(ac)]
        first = "7" if ac == "020" else str(r.randint(2, 8))
        return Phone(c, ac, first + "".join(r.choice("0123456789") for _ in range(n - 1)), False)
    if c == "US":
        ac = (area_code(c, town) if town else None) or r.choice(["503", "303", "802", "206"])
        while True:
            ex = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(2))
            if ex != "555" and not ex.endswith("11"):
                break
        return Phone(c, ac, ex + "".join(r.choice("0123456789") for _ in range(4)), mobile)
    if c == "IE":
        if mobile:
            return Phone(c, r.choice(["083", "085", "086", "087", "089"]),
                         str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(6)), True)
        ac = area_code(c, town) or r.choice(["01", "091", "021"])
        n = 7 if ac == "01" else 6 if len(ac) == 3 else 7
        n = 7 if ac == "01" else 6
        return Phone(c, ac, str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1)), False)
    if c == "FR":
        if mobile:
            return Phone(c, r.choice(["06", "07"]), "".join(r.choice("0123456789") for _ in range(8)), True)
        ac = area_code(c, town) or "04"
        return Phone(c, ac, str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(7)), False)
    if c == "NL":
        if mobile:
            return Phone(c, "06", str(r.randint(1, 6)) + "".join(r.choice("0123456789") for _ in range(7)), True)
        ac = area_code(c, town) or "020"
        return Phone(c, ac, str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(6)), False)
    if c == "IT":
        if mobile:
            return Phone(c, r.choice(["320", "328", "333", "338", "340", "347", "348", "349", "351", "366"]),
                         "".join(r.choice("0123456789") for _ in range(7)), True)
        ac = area_code(c, town) or "02"
        return Phone(c, ac, str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(5)), False)
    raise ValueError(c)


# ---------------------------------------------------------------------------------------------
# Values: IBAN, cards, Steuer-ID, IP addresses
# ---------------------------------------------------------------------------------------------

def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def make_iban(r, country):
    c = country
    if c == "DE":
        bban = str(r.randint(1, 8)) + _digits(r, 7) + _digits(r, 10)
    elif c == "AT":
        bban = str(r.randint(1, 6)) + _digits(r, 4) + _digits(r, 11)
    elif c == "CH":
        bban = "00" + _digits(r, 3) + _digits(r, 12)
    elif c == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"]) + _digits(r, 6) + _digits(r, 8)
    elif c == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + _digits(r, 6) + _digits(r, 8)
    elif c == "FR":
        bank, branch, acct = _digits(r, 5), _digits(r, 5), _digits(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif c == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]) + _digits(r, 10)
    elif c == "IT":
        bban = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _digits(r, 5) + _digits(r, 5) + _digits(r, 12)
    else:
        raise ValueError(c)
    chk = 98 - iban_mod(c + "00" + bban)
    iban = c + "%02d" % chk + bban
    assert iban_ok(iban) and len(iban) == IBAN_LEN[c]
    return iban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_card(r):
    k = r.random()
    if k < 0.45:
        body = "4" + _digits(r, 14)
        n = body + luhn_digit(body)
    elif k < 0.75:
        if r.random() < 0.7:
            body = str(r.randint(51, 55)) + _digits(r, 13)
        else:
            body = str(r.randint(2221, 2720)) + _digits(r, 11)
        n = body + luhn_digit(body)
    elif k < 0.9:
        body = r.choice(["34", "37"]) + _digits(r, 12)
        n = body + luhn_digit(body)
    else:
        pre = r.choice(["6011", "65", str(r.randint(644, 649))])
        body = pre + _digits(r, 15 - len(pre))
        n = body + luhn_digit(body)
    assert card_ok(n)
    return n


def card_form(r, n):
    x = r.random()
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, 16, 4)]
    if x < 0.55:
        return " ".join(parts)
    if x < 0.75:
        return "-".join(parts)
    return n


def make_taxid(r):
    while True:
        rep = r.choice("0123456789")
        times = 2 if r.random() < 0.7 else 3
        others = [d for d in "0123456789" if d != rep]
        r.shuffle(others)
        digits = [rep] * times + others[:10 - times]
        r.shuffle(digits)
        d10 = "".join(digits)
        if taxid_rule_ok(d10):
            t = d10 + str(taxid_check_digit(d10))
            if taxid_ok(t):
                return t


def taxid_form(r, t):
    if r.random() < 0.35:
        return "%s %s %s %s" % (t[:2], t[2:5], t[5:8], t[8:])
    return t


V4_EU = [2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94,
         95, 109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
V4_US = [3, 4, 8, 12, 24, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99,
         104, 107, 108, 173, 174, 184, 199, 204, 205, 206, 207, 208, 209]
V6_PREFIX = {"DE": ["2a02:8070", "2001:16b8", "2003:e5", "2a01:c22", "2a02:810d"],
             "AT": ["2a02:8388", "2001:871", "2a01:830"], "CH": ["2a02:1210", "2a02:aa10", "2001:1711"],
             "GB": ["2a01:4b00", "2a00:23c6", "2a02:c7f"], "US": ["2600:1700", "2607:fb90", "2601:646"],
             "IE": ["2a02:8084", "2001:bb6"], "FR": ["2a01:cb1d", "2a01:e0a"], "NL": ["2001:1c00", "2a02:a44"],
             "IT": ["2001:b07", "2a01:e11"]}


def make_ipv4(r, kind="public", country="DE"):
    while True:
        if kind == "doc":
            ip = r.choice(["192.0.2", "198.51.100", "203.0.113"]) + "." + str(r.randint(1, 254))
        elif kind == "private":
            x = r.random()
            if x < 0.4:
                ip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            elif x < 0.75:
                ip = "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
            else:
                ip = "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
        else:
            first = r.choice(V4_US if country == "US" else V4_EU)
            ip = "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            a = ipaddress.ip_address(ip)
            if a.is_private or a.is_reserved or a.is_loopback or a.is_multicast:
                continue
        return ip


def make_ipv6(r, kind="public", country="DE"):
    if kind == "doc":
        groups = ["2001", "db8"] + ["%x" % r.randint(0, 0xffff) for _ in range(6)]
        for i in range(2, 6):
            if r.random() < 0.5:
                groups[i] = "0"
    elif kind == "ula":
        groups = ["fd%02x" % r.randint(0, 255), "%x" % r.randint(0, 0xffff), "%x" % r.randint(0, 0xffff),
                  "%x" % r.randint(0, 0xffff), "0", "0", "0", "%x" % r.randint(1, 0xffff)]
    elif kind == "link":
        groups = ["fe80", "0", "0", "0"] + ["%x" % r.randint(0, 0xffff) for _ in range(4)]
    else:
        pre = r.choice(V6_PREFIX.get(country, V6_PREFIX["DE"])).split(":")
        groups = pre + ["%x" % r.randint(0, 0xffff) for _ in range(8 - len(pre))]
        if r.random() < 0.4:
            groups[4] = groups[5] = "0"
    a = ipaddress.IPv6Address(":".join(groups))
    return a.exploded if r.random() < 0.12 else a.compressed


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

VOWELS = "aeiouyäöü"


def _bad_invented(w):
    f = fold(w)
    if f in KNOWN or f in FORBIDDEN_SET or len(f) < 4 or len(f) > 11:
        return True
    if re.search(r"[aeiouy]{3}", f) or re.search(r"[^aeiouy]{4}", f):
        return True
    return False


FORBIDDEN_SET = dict.fromkeys(FORBIDDEN_BASE + [fold(w) for w in COMMON_WORDS])


def invent(r, kind, gender=None):
    for _ in range(200):
        w = r.choice(N.INV_ONSETS) + r.choice(N.INV_VOWELS)
        if r.random() < 0.55:
            w += r.choice(N.INV_MIDS) + r.choice(N.INV_VOWELS)
        if kind == "given":
            end = r.choice(N.INV_GIVEN_END_M if gender == "m" else N.INV_GIVEN_END_F)
        else:
            end = r.choice(N.INV_SUR_END)
        if w[-1] in "aeiou" and end[0] in "aeiou":
            w = w[:-1]
        w = (w + end).capitalize()
        if not _bad_invented(w):
            return w
    raise AssertionError("no invented name")


class Person:
    def __init__(self, g, given, surname, gender, origin, country, invented, staff):
        self.g = g
        self.given = given
        self.surname = surname
        self.gender = gender
        self.male = gender == "m"
        self.origin = origin
        self.country = country
        self.invented = invented   # "", "given", "surname", "both"
        self.staff = staff
        r = g.rng
        self._cache = {}
        dr = r.random() < 0.06
        us = country == "US" or g.country == "US"
        if self.male:
            h = "Mr." if us else "Mr"
        else:
            h = r.choice(["Ms.", "Mrs."] if us else ["Ms", "Mrs", "Ms"])
        if dr:
            h = "Dr." if us else "Dr"
        self.mr = h
        t = " Dr." if dr else ""
        self.herr = ("Herr" if self.male else "Frau") + t
        self.herrn = ("Herrn" if self.male else "Frau") + t
        self.sg = ("Sehr geehrter Herr" if self.male else "Sehr geehrte Frau") + t
        self.lieb = "Lieber" if self.male else "Liebe"
        self.gruezi = ("Grüezi Herr" if self.male else "Grüezi Frau") + t
        self.kunde = "Kunde" if self.male else "Kundin"

    def parts(self):
        return [w for w in words_of(self.given + " " + self.surname) if w not in PARTICLES and len(w) > 1]

    # name forms
    def _main_surname(self):
        for w in self.surname.split(" "):
            if fold(w) not in PARTICLES:
                return w
        return self.surname.split(" ")[-1]

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
        return Lab("PERSON", self.surname + ", " + self.given)

    @property
    def LF(self):
        return Lab("PERSON", self.surname.upper() + ", " + self.given)

    @property
    def il(self):
        return Lab("PERSON", self.given[0] + ". " + self.surname)

    @property
    def fi(self):
        return Lab("PERSON", self.given + " " + self._main_surname()[0] + ".")

    @property
    def up(self):
        return Lab("PERSON", (self.given + " " + self.surname).upper())

    @property
    def upl(self):
        return Lab("PERSON", (self.surname + " " + self.given).upper())

    @property
    def low(self):
        return Lab("PERSON", (self.given + " " + self.surname).lower())

    @property
    def lowfirst(self):
        return Lab("PERSON", self.given.lower())

    @property
    def given_s(self):
        """German genitive of the given name: the `s` (or apostrophe) stays outside."""
        end = "’" if self.given[-1] in "sxzß" else "s"
        return Doc([Lab("PERSON", self.given), end])

    @property
    def poss(self):
        """English possessive of the given name: `'s` stays outside."""
        return Doc([Lab("PERSON", self.given), "'s"])

    @property
    def name(self):
        r = self.g.rng.random()
        if r < 0.8:
            return self.full
        if r < 0.9:
            return self.il
        return self.fi

    # contact values (one value per person; the form is drawn on first use)
    def _get(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    @property
    def address(self):
        return self._get("address", lambda: make_address(self.g.rng, self.country))

    @property
    def addr(self):
        a = self.address
        return self._get("addr", lambda: a.one if self.g.rng.random() < 0.55 else a.two)

    @property
    def addr1(self):
        return self.address.one

    @property
    def addr2(self):
        return self.address.two

    @property
    def street(self):
        return self.address.street

    @property
    def postcode(self):
        return self.address.postcode

    @property
    def town(self):
        return self.address.town

    @property
    def town_line(self):
        return self.address.town_line_text

    def _phone_obj(self, mobile):
        key = "mob" if mobile else "land"
        return self._get(key + "_obj", lambda: make_phone(self.g.rng, self.country, mobile,
                                                          self.address.town if not mobile else None))

    def _form(self, ph, kind=None):
        r = self.g.rng
        f = ph.forms()
        if kind is None:
            kind = "intl" if r.random() < 0.45 else "nat"
        if kind == "e164":
            return ph.e164()
        return r.choice(f[kind])

    @property
    def mobile(self):
        return self._get("mobile", lambda: Lab("PHONE", self._form(self._phone_obj(True))))

    @property
    def mobile2(self):
        """The same mobile number in another form (for a voicemail that repeats it)."""
        first = self.mobile.value
        ph = self._phone_obj(True)
        for _ in range(10):
            v = self._form(ph)
            if v != first:
                return Lab("PHONE", v)
        return Lab("PHONE", ph.e164())

    @property
    def mobile_nat(self):
        return self._get("mobile_nat", lambda: Lab("PHONE", self._form(self._phone_obj(True), "nat")))

    @property
    def mobile_intl(self):
        return self._get("mobile_intl", lambda: Lab("PHONE", self._form(self._phone_obj(True), "intl")))

    @property
    def mobile_e164(self):
        return Lab("PHONE", self._phone_obj(True).e164())

    @property
    def mobile_digits(self):
        return self._phone_obj(True).e164()[1:]

    @property
    def phone(self):
        return self._get("phone", lambda: Lab("PHONE", self._form(self._phone_obj(False))))

    @property
    def phone_e164(self):
        return Lab("PHONE", self._phone_obj(False).e164())

    @property
    def tel(self):
        """Mobile or landline, drawn once."""
        return self._get("tel", lambda: self.mobile if self.g.rng.random() < 0.7 else self.phone)

    def _email_str(self):
        r = self.g.rng
        gn = ascii_local(self.given.split(" ")[0].split("-")[0])
        sn = ascii_local(self.surname)
        if self.staff:
            dom = "talgrat.de" if self.g.country in ("DE", "AT", "CH") else "talgrat.com"
            local = r.choice([gn + "." + sn, gn + "." + sn, gn[0] + "." + sn, gn + sn[0]])
            return local + "@" + dom
        dom = r.choice(FREEMAIL[self.country])
        k = r.random()
        if k < 0.3:
            local = gn + "." + sn
        elif k < 0.45:
            local = gn + sn
        elif k < 0.55:
            local = gn[0] + "." + sn
        elif k < 0.65:
            local = gn + "_" + sn
        elif k < 0.75:
            local = gn + "." + sn + str(r.randint(1, 99))
        elif k < 0.85:
            local = sn + "." + gn
        elif k < 0.93:
            local = gn + str(r.randint(70, 99) if r.random() < 0.5 else r.randint(1, 30))
        else:
            local = gn[0] + sn + str(r.randint(1, 9))
        return local + "@" + dom

    @property
    def email(self):
        return self._get("email", lambda: Lab("EMAIL", self._email_str()))

    @property
    def email2(self):
        def mk():
            for _ in range(20):
                v = self._email_str()
                if v != self.email.value:
                    return Lab("EMAIL", v)
            return Lab("EMAIL", "x" + self.email.value)
        return self._get("email2", mk)

    @property
    def iban_raw(self):
        def mk():
            c = self.country if self.country != "US" else self.g.rng.choice(["GB", "IE", "DE"])
            return make_iban(self.g.rng, c)
        return self._get("iban_raw", mk)

    @property
    def iban(self):
        return self._get("iban", lambda: Lab("IBAN", group4(self.iban_raw) if self.g.rng.random() < 0.7 else self.iban_raw))

    @property
    def iban_compact(self):
        return Lab("IBAN", self.iban_raw)

    @property
    def card_raw(self):
        return self._get("card_raw", lambda: make_card(self.g.rng))

    @property
    def card(self):
        return self._get("card", lambda: Lab("CREDIT_CARD", card_form(self.g.rng, self.card_raw)))

    @property
    def card_compact(self):
        return Lab("CREDIT_CARD", self.card_raw)

    @property
    def last4(self):
        return self.card_raw[-4:]

    @property
    def taxid(self):
        if self.country != "DE":
            raise AssertionError("Steuer-ID for a person outside Germany")
        return self._get("taxid", lambda: Lab("DE_TAX_ID", taxid_form(self.g.rng, make_taxid(self.g.rng))))

    @property
    def taxid_compact(self):
        v = self.taxid.value.replace(" ", "")
        return Lab("DE_TAX_ID", v)

    @property
    def ip(self):
        def mk():
            r = self.g.rng
            if r.random() < 0.35:
                return Lab("IP_ADDRESS", make_ipv6(r, "public", self.country))
            return Lab("IP_ADDRESS", make_ipv4(r, "public", self.country))
        return self._get("ip", mk)

    @property
    def ip4(self):
        return self._get("ip4", lambda: Lab("IP_ADDRESS", make_ipv4(self.g.rng, "public", self.country)))

    @property
    def ip6(self):
        return self._get("ip6", lambda: Lab("IP_ADDRESS", make_ipv6(self.g.rng, "public", self.country)))

    # plain (unlabelled) helpers for layouts
    @property
    def country_name(self):
        return COUNTRY_NAMES[self.g.lang][self.country]

    @property
    def cc(self):
        return self.country


# ---------------------------------------------------------------------------------------------
# Dates, money, look-alikes
# ---------------------------------------------------------------------------------------------


BASE_DAY = _dt.date(2025, 9, 1)


def gtin13(r, prefix=None):
    while True:
        body = (prefix or r.choice(["400", "401", "405", "426", "440", "500", "503", "760", "764", "900", "912"]))
        body = body + _digits(r, 12 - len(body))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        g = body + str((10 - s % 10) % 10)
        if digits_safe(g):
            return g


class Gen:
    """Everything one text draws: its language, country, people and values."""

    TEXT_COUNTRY = {
        "en": [("GB", 38), ("US", 27), ("IE", 14), ("DE", 6), ("AT", 3), ("CH", 3), ("FR", 3), ("NL", 3), ("IT", 3)],
        "de": [("DE", 50), ("AT", 24), ("CH", 20), ("IT", 2), ("NL", 1), ("FR", 1), ("GB", 1), ("US", 0.5), ("IE", 0.5)],
    }
    OTHER_COUNTRY = {
        "en": [("GB", 20), ("US", 14), ("IE", 10), ("DE", 10), ("FR", 7), ("NL", 7), ("IT", 7), ("AT", 5), ("CH", 5)],
        "de": [("DE", 20), ("AT", 12), ("CH", 12), ("IT", 8), ("NL", 7), ("FR", 7), ("GB", 6), ("US", 3), ("IE", 3)],
    }

    def __init__(self, rng, lang, genre, country, forbidden, cue=True, stats=None):
        self.rng = rng
        self.lang = lang
        self.genre = genre
        self.country = country
        self.forbidden = forbidden
        self.cue = cue
        self.people = []
        self.used = []
        self._c = {}
        self.stats = stats if stats is not None else {}

    # random helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def weighted(self, pairs):
        total = sum(w for _, w in pairs)
        x = self.rng.random() * total
        for k, w in pairs:
            x -= w
            if x < 0:
                return k
        return pairs[-1][0]

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def L(self, en, de):
        return en if self.lang == "en" else de

    def cc(self, **v):
        return v.get(self.country, v.get("other"))

    @property
    def de(self):
        return self.lang == "de"

    @property
    def swiss(self):
        return self.country == "CH"

    @property
    def austrian(self):
        return self.country == "AT"

    # people
    def _origin(self, country):
        w = dict(N.WEIGHTS[self.lang])
        for k, m in N.COUNTRY_BOOST.get(country, {}).items():
            w[k] = w[k] * m
        return self.weighted([(k, w[k]) for k in N.WEIGHTS[self.lang]])

    def _draw_name(self, origin, gender, country):
        r = self.rng
        o = N.ORIGINS[origin]
        given = r.choice(o[gender])
        if o["double"] and " " not in given and "-" not in given and r.random() < 0.05:
            g2 = r.choice(o[gender])
            if g2 != given and " " not in g2 and "-" not in g2:
                given = given + o["double"] + g2
        if origin in N.DACH and r.random() < 0.15:
            sur = r.choice(N.DE_WORD_SURNAMES)
        elif origin in N.ANGLO and r.random() < 0.09:
            sur = r.choice(N.EN_WORD_SURNAMES)
        else:
            sur = r.choice(o["s"])
        if gender == "f":
            sur = female_surname(origin, sur)
        if sur.startswith("Ní ") and gender == "m":
            sur = "Ó " + sur[3:]
        if o["hyphen"] and " " not in sur and r.random() < 0.09:
            s2 = r.choice(o["s"])
            if " " not in s2 and "-" not in s2 and s2 != sur and "-" not in sur:
                sur = sur + "-" + s2
        if origin == "russian" and self.lang == "de" and r.random() < 0.5:
            sur = german_russian(sur)
        if o["plain"] and r.random() < 0.3:
            given, sur = plain_letters(given), plain_letters(sur)
        if origin == "swiss" or country == "CH":
            sur = sur.replace("ß", "ss")
        return given, sur

    def person(self, country=None, gender=None, cue=None, staff=False, need_iban=False, taxid=False,
               origin=None, invented=None):
        r = self.rng
        if cue is None:
            cue = self.cue
        if taxid:
            country = "DE"
        if country is None:
            if staff or r.random() < 0.85:
                country = self.country
            else:
                country = self.weighted(self.OTHER_COUNTRY[self.lang])
        if need_iban and country == "US":
            country = r.choice(["GB", "IE", "DE"])
        gender = gender or r.choice("mf")
        for attempt in range(80):
            org = origin or self._origin(country)
            given, sur = self._draw_name(org, gender, country)
            inv = ""
            if invented is not None:
                inv = invented
            elif cue and r.random() < self._inv_p():
                x = r.random()
                inv = "given" if x < 0.3 else "surname" if x < 0.65 else "both"
            if inv in ("given", "both"):
                given = invent(r, "given", gender)
            if inv in ("surname", "both"):
                sur = invent(r, "surname")
            p = Person(self, given, sur, gender, org, country, inv, staff)
            parts = p.parts()
            if any(w in self.forbidden or w in self.used for w in parts):
                self.stats["person_redraws"] = self.stats.get("person_redraws", 0) + 1
                continue
            if any(len(w) < 2 for w in parts):
                continue
            if cue:
                k = self.stats.setdefault("invented_" + self.lang, [0, 0])
                k[0] += 1
                k[1] += 1 if inv else 0
            self.used.extend(parts)
            self.people.append(p)
            return p
        raise AssertionError("no person could be drawn")

    def _inv_p(self):
        """About 10 % of the people drawn with a cue get an invented name; the chance follows
        the running share of the language so that the file lands near 10 %."""
        n, k = self.stats.get("invented_" + self.lang, [0, 0])
        return min(0.3, max(0.02, 0.1 + (0.1 * n - k) * 0.02))

    def staff(self, **kw):
        kw.setdefault("staff", True)
        kw.setdefault("country", self.country)
        return self.person(**kw)

    def people_n(self, n, **kw):
        return [self.person(**kw) for _ in range(n)]

    # templates
    def _lookup(self, path, kw):
        segs = path.split(".")
        if segs[0] in kw:
            v = kw[segs[0]]
        else:
            v = getattr(self, segs[0])
        for s in segs[1:]:
            v = getattr(v, s)
        if callable(v) and not isinstance(v, (Lab, Doc, Person)):
            v = v()
        return v

    def r(self, tmpl, **kw):
        out = []
        _expand(_parse(tmpl), self.rng, out)
        s = "".join(out)
        pieces = []
        pos = 0
        for m in SLOT_RE.finditer(s):
            pieces.append(s[pos:m.start()])
            if m.group(2) is not None:
                who = self._lookup(m.group(1), kw)
                pieces.append(m.group(2) if who.male else m.group(3))
            else:
                v = self._lookup(m.group(1), kw)
                if isinstance(v, Person):
                    raise TypeError("slot {%s} is a person" % m.group(1))
                pieces.extend(_parts(v))
            pos = m.end()
        pieces.append(s[pos:])
        return Doc(pieces)

    # cached values of the text
    def _get(self, key, fn):
        if key not in self._c:
            self._c[key] = fn()
        return self._c[key]

    @property
    def store(self):
        return self._get("store", lambda: self.pick(STORES[self.country]))

    @property
    def product(self):
        return self._get("product", lambda: self.pick(PRODUCTS))

    @property
    def product2(self):
        def mk():
            while True:
                p = self.pick(PRODUCTS)
                if p is not self.product:
                    return p
        return self._get("product2", mk)

    def pname(self, p):
        return p[1] if self.lang == "en" else p[2]

    @property
    def prod(self):
        return self.pname(self.product)

    @property
    def prod2(self):
        return self.pname(self.product2)

    @property
    def short(self):
        return self.product[1].split(" ")[0]

    @property
    def rproduct(self):
        """A product that has zips, seams or buckles (no socks, no shirt)."""
        return self._get("rproduct", lambda: self.pick([p for p in PRODUCTS if p[0] not in ("TG-SO-100", "TG-BL-100")]))

    @property
    def rprod(self):
        return self.pname(self.rproduct)

    @property
    def rshort(self):
        return self.rproduct[1].split(" ")[0]

    def _art(self, p, case):
        g = DE_GENDER[p[0]]
        art = {"nom": {"f": "die", "m": "der", "n": "das", "p": "die"},
               "acc": {"f": "die", "m": "den", "n": "das", "p": "die"},
               "dat": {"f": "der", "m": "dem", "n": "dem", "p": "den"}}[case][g]
        return art + " " + p[2]

    @property
    def prod_nom(self):
        return self._art(self.product, "nom")

    @property
    def prod_acc(self):
        return self._art(self.product, "acc")

    @property
    def prod_dat(self):
        return self._art(self.product, "dat")

    @property
    def prod2_acc(self):
        return self._art(self.product2, "acc")

    @property
    def rprod_acc(self):
        return self._art(self.rproduct, "acc")

    @property
    def sizel(self):
        s = self.size
        if s.startswith("EU") or s in ("one size", "Einheitsgröße"):
            return s
        return self.L("size ", "Gr. ") + s

    @property
    def sku(self):
        return self.product[0]

    @property
    def colour(self):
        p = self.product
        return self._get("colour", lambda: self.pick(p[4] if self.lang == "en" else p[5]))

    @property
    def size(self):
        sku = self.product[0]
        def mk():
            if sku == "TG-TS-100":
                return "EU %s" % self.pick(["38", "39", "40", "41", "42", "42.5", "43", "44", "45", "46"])
            if sku == "TG-SO-100":
                return self.pick(["35–38", "39–42", "43–46", "47–49"])
            if sku.startswith("TG-BP"):
                return self.L("one size", "Einheitsgröße")
            return self.pick(["XS", "S", "M", "L", "XL", "XXL"])
        return self._get("size", mk)

    def price_of(self, p):
        e = float(p[3])
        c = self.country
        if c == "GB":
            return round(e * 0.86) - 0.05
        if c == "US":
            return round(e * 1.08) - 0.05
        if c == "CH":
            return round(e * 1.02) - 0.10
        return e

    @property
    def price(self):
        return self.money(self.price_of(self.product))

    @property
    def usedprice(self):
        """A second-hand price for the text's product."""
        return self._get("usedprice", lambda: self.money(round(self.price_of(self.product) * self.pick([0.35, 0.4, 0.5, 0.55, 0.6, 0.7]))))

    def money(self, x, country=None):
        c = country or self.country
        x = float(x)
        s = "%.2f" % x
        if self.lang == "en":
            if c == "GB":
                return "£" + s
            if c == "US":
                return "$" + s
            if c == "CH":
                return "CHF " + s
            return "€" + s
        d = s.replace(".", ",")
        if c == "CH":
            return self.pick(["CHF ", "Fr. "]) + s
        if c == "GB":
            return d + " £"
        if c == "US":
            return d + " $"
        return d + " €"

    def amount(self, lo=10, hi=400):
        return self.money(self.randint(lo, hi) + self.pick([0, 0.5, 0.95, 0.9, 0.0, 0.45]))

    @property
    def cur(self):
        c = self.country
        return {"GB": "GBP", "US": "USD", "CH": "CHF"}.get(c, "EUR")

    # dates and times
    def day(self, lo=0, hi=440):
        return BASE_DAY + _dt.timedelta(days=self.randint(lo, hi))

    def fmt_date(self, d, style=None):
        r = self.rng
        if style == "iso":
            return d.isoformat()
        if self.lang == "de":
            mon = MONTHS["de"][d.month - 1]
            if self.country == "AT" and d.month == 1:
                mon = "Jänner"
            x = r.random() if style is None else {"num": 0, "long": 0.8, "short": 0.95}[style]
            if x < 0.6:
                return "%02d.%02d.%d" % (d.day, d.month, d.year)
            if x < 0.9:
                return "%d. %s %d" % (d.day, mon, d.year)
            return "%d.%d." % (d.day, d.month)
        mon = MONTHS["en"][d.month - 1]
        x = r.random() if style is None else {"num": 0, "long": 0.8, "short": 0.95}[style]
        if self.country == "US":
            if x < 0.4:
                return "%d/%d/%d" % (d.month, d.day, d.year)
            if x < 0.9:
                return "%s %d, %d" % (mon, d.day, d.year)
            return "%s %d" % (mon[:3], d.day)
        if x < 0.4:
            return "%02d/%02d/%d" % (d.day, d.month, d.year)
        if x < 0.9:
            return "%d %s %d" % (d.day, mon, d.year)
        return "%d %s" % (d.day, mon[:3])

    @property
    def date(self):
        return self._get("date", lambda: self.fmt_date(self.day()))

    @property
    def date2(self):
        return self._get("date2", lambda: self.fmt_date(self.day()))

    @property
    def dlong(self):
        return self._get("dlong", lambda: self.fmt_date(self.day(), "long"))

    @property
    def iso(self):
        return self._get("iso", lambda: self.day().isoformat())

    @property
    def weekday(self):
        return self._get("weekday", lambda: self.pick(WEEKDAYS[self.lang][:6]))

    def tm(self, lo=8, hi=19):
        return "%02d:%02d" % (self.randint(lo, hi), self.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]))

    @property
    def time(self):
        return self._get("time", lambda: self.tm())

    @property
    def time2(self):
        return self._get("time2", lambda: self.tm())

    def times(self, n, lo=8, hi=20):
        start = self.randint(lo * 60, hi * 60 - 5 * n)
        out = []
        for _ in range(n):
            out.append("%02d:%02d" % divmod(start, 60))
            start += self.randint(1, 9)
        return out

    def stamp(self, d=None):
        d = d or self.day()
        return "%sT%02d:%02d:%02dZ" % (d.isoformat(), self.randint(0, 23), self.randint(0, 59), self.randint(0, 59))

    # look-alikes (never labelled)
    def safe(self, fn):
        for _ in range(100):
            v = fn()
            if digits_safe(v):
                return v
        raise AssertionError("no safe look-alike")

    @property
    def order(self):
        def mk():
            k = self.rng.random()
            if k < 0.35:
                return "TG-%d-%06d" % (self.pick([2025, 2026]), self.randint(1000, 99999))
            if k < 0.6:
                return "#TG%06d" % self.randint(100000, 999999)
            if k < 0.8:
                return "W%d-%04d" % (self.randint(2509, 2611), self.randint(100, 9999))
            return "%d" % self.randint(40000000, 49999999)
        return self._get("order", lambda: self.safe(mk))

    @property
    def ticket(self):
        def mk():
            k = self.rng.random()
            if k < 0.4:
                return "CS-%d-%04d" % (self.pick([2025, 2026]), self.randint(100, 9999))
            if k < 0.7:
                return "#%d" % self.randint(20000, 89999)
            return "T-%d" % self.randint(10000, 99999)
        return self._get("ticket", lambda: self.safe(mk))

    @property
    def case(self):
        return self._get("case", lambda: self.safe(lambda: "%s-%d-%03d" % (self.pick(["HB", "WB", "HIN", "CASE"]), self.pick([2025, 2026]), self.randint(1, 480))))

    @property
    def parcel(self):
        def mk():
            k = self.rng.random()
            if k < 0.3:
                return "00340434" + _digits(self.rng, 12)
            if k < 0.5:
                return "JJD00" + _digits(self.rng, 16)
            if k < 0.7:
                return "1Z" + "".join(self.pick("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
            if k < 0.85:
                return "%s%09d%s" % (self.pick(["RR", "CX", "LA"]), self.randint(10000000, 999999999), self.pick(["DE", "GB", "AT", "CH"]))
            return "%d" % self.randint(10 ** 13, 10 ** 14 - 1)
        return self._get("parcel", lambda: self.safe(mk))

    @property
    def gtin(self):
        return self._get("gtin", lambda: gtin13(self.rng))

    @property
    def receipt(self):
        return self._get("receipt", lambda: self.safe(lambda: "%04d-%04d-%03d" % (self.randint(1000, 9999), self.randint(1, 9999), self.randint(1, 999))))

    @property
    def member(self):
        return self._get("member", lambda: self.safe(lambda: "%s-%d" % (self.pick(["MR", "BW", "BR", "SAC", "MRT", "TG"]), self.randint(1000, 99999))))

    def ref_phone_like(self):
        """A reference shaped like a phone number (pallet, trailer, queue)."""
        return self.safe(lambda: self.pick([
            "0%d %d %d" % (self.randint(150, 179), self.randint(1000, 9999), self.randint(100, 999)),
            "0%d-%d-%d" % (self.randint(30, 89), self.randint(100, 999), self.randint(10, 99)),
            "0%d/%d" % (self.randint(600, 699), self.randint(1000000, 9999999)),
            "+%d %d %d" % (self.randint(10, 99), self.randint(100, 999), self.randint(1000, 9999)),
        ]).replace("+", ""))

    @property
    def refph(self):
        return self._get("refph", self.ref_phone_like)

    @property
    def version(self):
        return self._get("version", lambda: "%d.%d.%d" % (self.randint(1, 9), self.randint(0, 24), self.randint(0, 15)))

    @property
    def company(self):
        return self._get("company", lambda: self.pick(COMPANIES["supplier"]))

    @property
    def amt(self):
        return self._get("amt", lambda: self.amount())

    @property
    def amt2(self):
        return self._get("amt2", lambda: self.amount(5, 90))

    # addresses and values not tied to a drawn person
    def address(self, country=None):
        return make_address(self.rng, country or self.country)

    def iban(self, country=None):
        c = country or self.country
        if c == "US":
            c = "GB"
        v = make_iban(self.rng, c)
        return Lab("IBAN", group4(v) if self.rng.random() < 0.7 else v)

    def ipv4(self, kind="public", country=None):
        return Lab("IP_ADDRESS", make_ipv4(self.rng, kind, country or self.country))

    def ipv6(self, kind="public", country=None):
        return Lab("IP_ADDRESS", make_ipv6(self.rng, kind, country or self.country))

    def ip(self, country=None):
        r = self.rng.random()
        if r < 0.55:
            return self.ipv4("public", country)
        if r < 0.7:
            return self.ipv6("public", country)
        if r < 0.8:
            return self.ipv4("private")
        if r < 0.9:
            return self.ipv4("doc")
        return self.ipv6(self.pick(["doc", "ula", "link"]))

    @property
    def shop_email(self):
        dom = "talgrat.de" if self.country in ("DE", "AT", "CH") else "talgrat.com"
        loc = self.L(self.pick(["service", "returns", "hello", "care", "support"]),
                     self.pick(["kundenservice", "service", "retouren", "hallo", "support"]))
        return self._get("shop_email", lambda: Lab("EMAIL", loc + "@" + dom))

    def role_email(self, local):
        dom = "talgrat.de" if self.country in ("DE", "AT", "CH") else "talgrat.com"
        return Lab("EMAIL", local + "@" + dom)

    @property
    def shop_iban(self):
        def mk():
            c = {"AT": "AT", "CH": "CH", "GB": "GB", "IE": "IE"}.get(self.country, "DE")
            v = make_iban(self.rng, c)
            return Lab("IBAN", group4(v) if self.rng.random() < 0.7 else v)
        return self._get("shop_iban", mk)

    @property
    def store_phone(self):
        def mk():
            t = {"Kempten": "Kempten (Allgäu)", "Freiburg": "Freiburg im Breisgau", "Dublin": "Dublin 2",
                 "Wien": "Wien"}.get(self.store, self.store)
            ph = make_phone(self.rng, self.country, False, t)
            f = ph.forms()
            return Lab("PHONE", self.pick(f["nat"] + f["intl"]))
        return self._get("store_phone", mk)


def template_words(fn):
    """Words of a template function's own string constants (nested code objects too)."""
    out = []

    def walk(code):
        for c in code.co_consts:
            if isinstance(c, str):
                out.extend(words_of(c))
            elif hasattr(c, "co_consts"):
                walk(c)
    walk(fn.__code__)
    return out


def fix(country):
    """Fix a template's country (the text's country is otherwise drawn)."""
    def deco(fn):
        fn.country = country
        return fn
    return deco


def _dseq(self, n, style="num", lo=0, hi=440):
    days = sorted(self.day(lo, hi) for _ in range(n))
    return [self.fmt_date(d, style) for d in days]


Gen.dseq = _dseq
