"""Core of the dev half of the thirtieth PII bank: labelled values, the template language, people,
addresses, phone numbers, checksummed values, look-alikes and the self-checks.

A labelled value lives in a text as `\\x01<code>\\x02<value>\\x03` until the text is finished; then
the marks are removed and the spans are computed in code points. Templates use

    [[a|b|c]]   one alternative (nested alternatives allowed)
    [?text?]    optional text (half of the draws); a line that is only an optional part that came
                out empty is dropped
    {p.full}    an attribute of a slot (people p, q, r, u, v with a cue, k a person living in
                Germany, j a person of the text's country, n, m and w people without a cue, the
                context g, pre-drawn values o, d, s, t)
    {p:he/she}  a word chosen by the person's gender
"""

import ipaddress
import re
import unicodedata

import pii30_dev_names as N

CODES = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "STREET_ADDRESS", "I": "IBAN",
         "C": "CREDIT_CARD", "N": "IP_ADDRESS", "X": "DE_TAX_ID"}
TYPES = list(CODES.values())
S0, S1, S2, OPT = "\x01", "\x02", "\x03", "\x05"
SPAN_RE = re.compile("\x01(.)\x02(.*?)\x03", re.S)


class TemplateError(Exception):
    pass


def lab(code, value):
    value = str(value)
    if any(c in value for c in (S0, S1, S2, OPT)):
        raise TemplateError("nested label: %r" % value)
    if value != value.strip() or not value:
        raise TemplateError("label with outer space: %r" % value)
    return S0 + code + S1 + value + S2


def extract(marked):
    """Remove the marks; return text and entities (code points)."""
    out, ents, pos, last = [], [], 0, 0
    for m in SPAN_RE.finditer(marked):
        plain = marked[last:m.start()]
        if S0 in plain or S1 in plain or S2 in plain:
            raise TemplateError("broken mark")
        out.append(plain)
        pos += len(plain)
        val = m.group(2)
        ents.append({"type": CODES[m.group(1)], "start": pos, "end": pos + len(val), "value": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    tail = marked[last:]
    if S0 in tail or S1 in tail or S2 in tail:
        raise TemplateError("broken mark")
    out.append(tail)
    return "".join(out), ents


# ---------------------------------------------------------------------------------------------
# template language

_PARSED = {}


def _parse(s, i, stops):
    seq, buf = [], []
    while i < len(s):
        if s.startswith("[[", i):
            if buf:
                seq.append("".join(buf))
                buf = []
            alts = []
            i += 2
            while True:
                node, i, stop = _parse(s, i, ("|", "]]"))
                alts.append(node)
                if stop == "]]":
                    break
            seq.append(("alt", alts))
            continue
        if s.startswith("[?", i):
            if buf:
                seq.append("".join(buf))
                buf = []
            node, i, stop = _parse(s, i + 2, ("?]",))
            seq.append(("opt", node))
            continue
        hit = None
        for st in stops:
            if s.startswith(st, i):
                hit = st
                break
        if hit:
            if buf:
                seq.append("".join(buf))
            return seq, i + len(hit), hit
        buf.append(s[i])
        i += 1
    if stops:
        raise TemplateError("unclosed in template: %r" % s[:80])
    if buf:
        seq.append("".join(buf))
    return seq, i, None


def parse(s):
    node = _PARSED.get(s)
    if node is None:
        node = _parse(s, 0, ())[0]
        _PARSED[s] = node
    return node


def _render(rng, seq, out):
    for node in seq:
        if isinstance(node, str):
            out.append(node)
        elif node[0] == "alt":
            _render(rng, node[1][rng.randrange(len(node[1]))], out)
        else:
            if rng.random() < 0.5:
                _render(rng, node[1], out)
            else:
                out.append(OPT)


def expand(rng, s):
    out = []
    _render(rng, parse(s), out)
    return "".join(out)


SLOT_RE = re.compile(r"\{(\w+)(?:\.(\w+)|:([^{}/]*)/([^{}]*))?\}")


def fill(s, slots):
    def rep(m):
        obj = slots[m.group(1)]
        if m.group(2):
            v = getattr(obj, m.group(2))
            if callable(v):
                v = v()
            return str(v)
        if m.group(3) is not None:
            return m.group(3) if obj.gender == "m" else m.group(4)
        return str(obj)
    return SLOT_RE.sub(rep, s)


def drop_optional_lines(s):
    lines = [ln for ln in s.split("\n") if not (OPT in ln and ln.replace(OPT, "").strip() == "")]
    return "\n".join(lines).replace(OPT, "")


def tidy(marked, prose):
    s = drop_optional_lines(marked)
    lines = s.split("\n")
    res = []
    for ln in lines:
        if prose:
            ln = re.sub(r" {2,}", " ", ln).strip()
            ln = re.sub(r" +([,.;:!?)»])", r"\1", ln)
            ln = re.sub(r"([(«]) +", r"\1", ln)
            ln = re.sub(r",([,.])", r"\1", ln)
        else:
            ln = ln.rstrip()
        res.append(ln)
    s = "\n".join(res)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip("\n").strip()


# ---------------------------------------------------------------------------------------------
# folding and checks

FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ø": "o",
        "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ç": "c", "Ç": "C", "œ": "oe"}


def strip_accents(s):
    """Plain spelling without special letters (`Yılmaz` -> `Yilmaz`, `Đorđević` -> `Djordjevic`)."""
    s = s.replace("Đ", "Dj").replace("đ", "dj").replace("ı", "i").replace("İ", "I")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn"))


def ascii_fold(s):
    out = []
    for ch in s:
        if ch in FOLD:
            out.append(FOLD[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out)


def fold_key(s):
    return ascii_fold(s).casefold()


def luhn_ok(d):
    tot, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
        alt = not alt
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
    p2, p3, p4 = int(d[:2]), int(d[:3]), int(d[:4])
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649:
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19
    if 300 <= p3 <= 305 or p2 in (36, 38, 39):
        return 14 <= n <= 19
    if p2 in (50, 56, 57, 58) or p2 == 67 or p2 == 63:
        return 12 <= n <= 19
    return False


def valid_card(d):
    return 13 <= len(d) <= 19 and luhn_ok(d) and card_issuer_ok(d)


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
        dig = "0123456789"[counts.index(3)]
        if dig * 3 in d10:
            return False
    return True


def valid_taxid(d):
    return len(d) == 11 and d.isdigit() and taxid_rule_ok(d[:10]) and int(d[10]) == taxid_check_digit(d[:10])


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "LI": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27,
            "ES": 24, "PT": 25, "BE": 16, "LU": 20, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "PL": 28,
            "CZ": 24, "SK": 24, "HU": 28, "SI": 19, "HR": 21, "RO": 24, "BG": 22, "GR": 27, "TR": 26,
            "EE": 20, "LV": 21, "LT": 20, "MT": 31, "CY": 28, "IS": 26, "MC": 27, "SM": 27}


def iban_mod97(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def valid_iban(s):
    s = s.replace(" ", "")
    cc = s[:2]
    return cc in IBAN_LEN and len(s) == IBAN_LEN[cc] and s[2:4].isdigit() and iban_mod97(s)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
DIGRUN_RE = re.compile(r"\d(?:[ \-]?\d)*")
WORD_RE = re.compile(r"[^\W\d_]+")
HANDLE_RE = re.compile(r"@[\w.\-]+")
URL_RE = re.compile(r"(?:https?://|www\.)\S+")


def masked(text, ents):
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\x00"
    return "".join(chars)


def outside_problems(text, ents):
    """Values that must not stand unlabelled outside the spans."""
    m = masked(text, ents)
    probs = []
    if EMAIL_RE.search(m):
        probs.append("email outside")
    for x in IPV4_RE.finditer(m):
        if all(int(g) <= 255 for g in x.groups()):
            probs.append("ipv4 outside: " + x.group(0))
    for x in IPV6_RE.finditer(m):
        try:
            ipaddress.IPv6Address(x.group(0))
            probs.append("ipv6 outside: " + x.group(0))
        except ValueError:
            pass
    for x in IBAN_RE.finditer(m):
        comp = x.group(0).replace(" ", "")
        cc = comp[:2]
        if cc in IBAN_LEN and len(comp) >= IBAN_LEN[cc] and iban_mod97(comp[:IBAN_LEN[cc]]):
            probs.append("iban outside: " + x.group(0))
    for x in DIGRUN_RE.finditer(m):
        d = re.sub(r"[ \-]", "", x.group(0))
        if len(d) >= 11:
            for i in range(len(d) - 10):
                if valid_taxid(d[i:i + 11]):
                    probs.append("taxid outside: " + d)
                    break
        if len(d) >= 13:
            hit = False
            for ln in range(13, 20):
                for i in range(0, len(d) - ln + 1):
                    if valid_card(d[i:i + ln]):
                        hit = True
                        break
                if hit:
                    break
            if hit:
                probs.append("card outside: " + d)
    return probs


def digits_clean(s):
    """True if a look-alike string hides no valid card, Steuer-ID, IBAN, IP or e-mail."""
    return not outside_problems(s, [])


def check_record(text, ents, has_pii, nlines_max=15):
    probs = []
    prev_end = 0
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            probs.append("value mismatch")
        if e["start"] < prev_end:
            probs.append("overlap")
        prev_end = e["end"]
        v = e["value"]
        if v != v.strip() or not v:
            probs.append("space at span end")
        t = e["type"]
        if t == "IBAN" and not valid_iban(v):
            probs.append("bad iban " + v)
        if t == "CREDIT_CARD" and not valid_card(re.sub(r"[ \-]", "", v)):
            probs.append("bad card " + v)
        if t == "DE_TAX_ID" and not valid_taxid(v.replace(" ", "")):
            probs.append("bad taxid " + v)
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append("bad ip " + v)
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            probs.append("bad email " + v)
        if t == "PHONE" and sum(c.isdigit() for c in v) < 7:
            probs.append("short phone " + v)
        if t == "PERSON" and any(c.isdigit() for c in v):
            probs.append("digit in person")
    pers = [e for e in ents if e["type"] == "PERSON"]
    for a, b in zip(pers, pers[1:]):
        if re.fullmatch(r"[ \n]*", text[a["end"]:b["start"]]):
            probs.append("adjacent persons: %r %r" % (a["value"], b["value"]))
    for e in ents:
        if e["type"] == "STREET_ADDRESS" and "\n" not in e["value"]:
            rest = text[e["end"]:]
            if rest.startswith("\n") and re.match(r"\n(?:[A-Z]{1,2}-)?\d{4,5} [A-ZÄÖÜ]", rest):
                probs.append("street followed by its town line")
    probs.extend(outside_problems(text, ents))
    # unlabelled copies of a labelled person's name parts
    parts = {}
    for e in pers:
        for w in WORD_RE.findall(e["value"]):
            if len(w) < 2 or w.casefold() in N.PARTICLES:
                continue
            parts[w.casefold()] = 1
            parts[fold_key(w)] = 1
    if parts:
        m = masked(text, ents)
        m = URL_RE.sub(lambda x: "\x00" * len(x.group(0)), m)
        m = EMAIL_RE.sub(lambda x: "\x00" * len(x.group(0)), m)
        m = HANDLE_RE.sub(lambda x: "\x00" * len(x.group(0)), m)
        for w in WORD_RE.findall(m):
            if w.casefold() in parts or fold_key(w) in parts:
                probs.append("unlabelled name part: " + w)
                break
    if has_pii and not ents:
        probs.append("no span")
    if not has_pii and ents:
        probs.append("span in text without personal data")
    if text.count("\n") + 1 > nlines_max:
        probs.append("too many lines")
    if text != text.strip():
        probs.append("outer space")
    if any(c in text for c in ("[[", "]]", "[?", "?]", "{", "}")) and not has_pii_braces_ok(text):
        probs.append("template marks left")
    if any(c in text for c in (S0, S1, S2, OPT, "\x00")):
        probs.append("control char")
    return probs


def has_pii_braces_ok(text):
    # JSON and similar layouts use braces; template marks are the doubled brackets and `{x.y}`
    if "[[" in text or "]]" in text or "[?" in text or "?]" in text:
        return False
    return not LEFT_SLOT_RE.search(text)


LEFT_SLOT_RE = re.compile(r"\{\w+(?:\.\w+|:[^{}/]*/[^{}]*)\}")


# ---------------------------------------------------------------------------------------------
# countries

DE_TOWNS = [
    ("Berlin", ["10115", "10437", "10999", "12047", "13353"], "030"),
    ("München", ["80331", "80469", "80799", "81541", "81671"], "089"),
    ("Hamburg", ["20095", "20357", "22765", "22085"], "040"),
    ("Köln", ["50667", "50823", "50937"], "0221"),
    ("Frankfurt am Main", ["60311", "60594", "60487"], "069"),
    ("Stuttgart", ["70173", "70199", "70372"], "0711"),
    ("Leipzig", ["04109", "04275", "04315"], "0341"),
    ("Dresden", ["01067", "01099", "01277"], "0351"),
    ("Nürnberg", ["90402", "90429", "90489"], "0911"),
    ("Freiburg im Breisgau", ["79098", "79102", "79115"], "0761"),
    ("Kempten (Allgäu)", ["87435", "87437", "87439"], "0831"),
    ("Augsburg", ["86150", "86152", "86199"], "0821"),
    ("Regensburg", ["93047", "93049", "93053"], "0941"),
    ("Rosenheim", ["83022", "83024", "83026"], "08031"),
    ("Garmisch-Partenkirchen", ["82467"], "08821"),
    ("Ulm", ["89073", "89075", "89077"], "0731"),
    ("Münster", ["48143", "48149", "48155"], "0251"),
    ("Bremen", ["28195", "28203", "28211"], "0421"),
    ("Hannover", ["30159", "30161", "30173"], "0511"),
    ("Kiel", ["24103", "24105", "24114"], "0431"),
    ("Bielefeld", ["33602", "33615"], "0521"),
    ("Heidelberg", ["69117", "69120"], "06221"),
    ("Würzburg", ["97070", "97082"], "0931"),
    ("Lindau (Bodensee)", ["88131"], "08382"),
    ("Oberstdorf", ["87561"], "08322"),
]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Dorfstraße",
              "Lindenstraße", "Birkenweg", "Ahornweg", "Am Anger", "Mühlenweg", "Kirchgasse",
              "Rosenstraße", "Bergstraße", "Waldstraße", "Ringstraße", "Schillerstraße",
              "Goethestraße", "Wiesenweg", "Feldstraße", "Talstraße", "Sonnenstraße",
              "Kastanienallee", "Am Mühlbach", "Lerchenweg", "Finkenstraße", "Burgstraße",
              "Marktplatz", "Uhlandstraße", "Eichendorffweg", "Hohenzollernring", "Sandweg",
              "Blumenstraße", "Am Sonnenhang", "Auf der Höhe", "Mozartstraße", "Kantstraße",
              "Herderstraße", "Rheinstraße", "Brunnenweg", "Illerstraße", "Hofgartenstraße"]
AT_TOWNS = [
    ("Wien", ["1010", "1030", "1040", "1050", "1060", "1070", "1080", "1090", "1100", "1140",
              "1160", "1180"], "01"),
    ("Graz", ["8010", "8020", "8042"], "0316"),
    ("Linz", ["4020", "4040"], "0732"),
    ("Salzburg", ["5020", "5023"], "0662"),
    ("Innsbruck", ["6020"], "0512"),
    ("Klagenfurt am Wörthersee", ["9020"], "0463"),
    ("Bregenz", ["6900"], "05574"),
    ("Villach", ["9500"], "04242"),
    ("Dornbirn", ["6850"], "05572"),
    ("Schladming", ["8970"], "03687"),
    ("St. Pölten", ["3100"], "02742"),
    ("Wels", ["4600"], "07242"),
    ("Kitzbühel", ["6370"], "05356"),
    ("Lienz", ["9900"], "04852"),
]
AT_TOWN_STREETS = {
    "Wien": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Thaliastraße", "Wiedner Hauptstraße",
             "Gumpendorfer Straße", "Neubaugasse", "Josefstädter Straße", "Lindengasse", "Florianigasse"],
    "Graz": ["Annenstraße", "Herrengasse", "Schmiedgasse"],
    "Linz": ["Landstraße", "Herrenstraße"],
    "Salzburg": ["Getreidegasse", "Linzer Gasse"],
    "Innsbruck": ["Maria-Theresien-Straße", "Museumstraße", "Anichstraße", "Leopoldstraße"],
}
AT_GENERIC = ["Hauptplatz", "Kirchenweg", "Schulgasse", "Bahnhofstraße", "Dorfstraße", "Sonnleitenweg",
              "Am Rain", "Feldgasse", "Grabenweg", "Lindenweg", "Kirchplatz", "Wiesenweg"]
AT_STREETS = ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Thaliastraße", "Wiedner Hauptstraße",
              "Gumpendorfer Straße", "Herrengasse", "Annenstraße", "Landstraße", "Getreidegasse",
              "Maria-Theresien-Straße", "Museumstraße", "Hauptplatz", "Kirchenweg", "Schulgasse",
              "Bahnhofstraße", "Dorfstraße", "Lindengasse", "Neubaugasse", "Josefstädter Straße",
              "Florianigasse", "Sonnleitenweg", "Am Rain", "Feldgasse", "Anichstraße",
              "Schmiedgasse", "Grabenweg", "Leopoldstraße"]
CH_TOWNS = [
    ("Zürich", ["8001", "8003", "8004", "8037", "8045", "8050"], "044", "de"),
    ("Bern", ["3011", "3013", "3014", "3007"], "031", "de"),
    ("Basel", ["4051", "4053", "4057"], "061", "de"),
    ("Luzern", ["6003", "6004", "6005"], "041", "de"),
    ("St. Gallen", ["9000", "9008"], "071", "de"),
    ("Chur", ["7000"], "081", "de"),
    ("Winterthur", ["8400", "8404"], "052", "de"),
    ("Thun", ["3600"], "033", "de"),
    ("Interlaken", ["3800"], "033", "de"),
    ("Davos Platz", ["7270"], "081", "de"),
    ("Zug", ["6300"], "041", "de"),
    ("Aarau", ["5000"], "062", "de"),
    ("Lausanne", ["1003", "1004"], "021", "fr"),
    ("Lugano", ["6900"], "091", "it"),
]
CH_STREETS = {"de": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchgasse", "Rosenweg",
                     "Alpenstrasse", "Bergstrasse", "Schulhausstrasse", "Feldeggstrasse",
                     "Hohlstrasse", "Weinbergstrasse", "Zürichstrasse", "Hauptgasse", "Spitalgasse",
                     "Marktgasse", "Sonnenbergstrasse", "Obere Zäune", "Im Gässli", "Rigistrasse",
                     "Breitenrainstrasse", "Gerechtigkeitsgasse", "Lindenhofstrasse"],
              "fr": ["Rue du Lac", "Rue de Bourg", "Chemin des Vignes", "Avenue de la Gare",
                     "Rue du Simplon"],
              "it": ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Via Besso"]}
GB_TOWNS = [
    ("London", ["SW7", "N1", "E8", "SE15", "NW3", "W12", "SW11"], "020"),
    ("Leeds", ["LS1", "LS6", "LS8"], "0113"),
    ("Manchester", ["M1", "M14", "M20"], "0161"),
    ("Sheffield", ["S10", "S11", "S7"], "0114"),
    ("Edinburgh", ["EH3", "EH9", "EH6"], "0131"),
    ("Glasgow", ["G12", "G41", "G3"], "0141"),
    ("Bristol", ["BS8", "BS6", "BS3"], "0117"),
    ("Kendal", ["LA9"], "01539"),
    ("Keswick", ["CA12"], "017687"),
    ("Cardiff", ["CF10", "CF24", "CF5"], "029"),
    ("Birmingham", ["B15", "B13", "B30"], "0121"),
    ("York", ["YO1", "YO10", "YO31"], "01904"),
    ("Inverness", ["IV2", "IV3"], "01463"),
    ("Brighton", ["BN1", "BN2"], "01273"),
    ("Norwich", ["NR2", "NR3"], "01603"),
    ("Harrogate", ["HG1", "HG2"], "01423"),
    ("Fort William", ["PH33"], "01397"),
]
GB_STREETS = ["Victoria Road", "Church Lane", "Station Road", "Mill Lane", "Park Avenue",
              "Queen's Drive", "Albert Terrace", "Thornfield Close", "Cromwell Road", "High Street",
              "Manor Way", "Orchard Close", "Beech Grove", "Hawthorn Crescent", "Springfield Road",
              "Elmwood Avenue", "Kingsway", "Moorland View", "Chapel Street", "The Green",
              "Priory Walk", "Wellington Street", "Ashgrove", "Riverside Court", "Cavendish Place"]
US_TOWNS = [
    ("Boulder", "CO", ["80302", "80303", "80304"], ["303", "720"]),
    ("Denver", "CO", ["80203", "80205", "80211"], ["303", "720"]),
    ("Seattle", "WA", ["98103", "98107", "98115"], ["206"]),
    ("Portland", "OR", ["97214", "97202", "97209"], ["503", "971"]),
    ("Bend", "OR", ["97701", "97702"], ["541"]),
    ("Salt Lake City", "UT", ["84102", "84105"], ["801", "385"]),
    ("Burlington", "VT", ["05401"], ["802"]),
    ("Boston", "MA", ["02116", "02130"], ["617", "857"]),
    ("Chicago", "IL", ["60614", "60622", "60657"], ["312", "773"]),
    ("Minneapolis", "MN", ["55408", "55405"], ["612"]),
    ("Asheville", "NC", ["28801", "28806"], ["828"]),
    ("Missoula", "MT", ["59801", "59802"], ["406"]),
    ("Bozeman", "MT", ["59715", "59718"], ["406"]),
    ("Austin", "TX", ["78704", "78702"], ["512", "737"]),
    ("Brooklyn", "NY", ["11215", "11211"], ["718", "347"]),
    ("Flagstaff", "AZ", ["86001"], ["928"]),
]
US_STREETS = ["Pine St", "Oak Avenue", "Maple Drive", "Pearl Street", "Walnut St", "Elm Street",
              "Cedar Lane", "Spruce Ave", "Hawthorne Blvd", "Mission Road", "Ridgeview Drive",
              "Lakeshore Dr", "Sunset Terrace", "Willow Court", "Aspen Way", "Canyon Blvd",
              "Main Street", "Division St", "Juniper Ln", "Broadway"]
IE_TOWNS = [
    ("Dublin 2", "D02", None, "01"), ("Dublin 4", "D04", None, "01"), ("Dublin 6", "D06", None, "01"),
    ("Dublin 8", "D08", None, "01"), ("Dublin 7", "D07", None, "01"),
    ("Cork", "T12", "Co. Cork", "021"), ("Galway", "H91", "Co. Galway", "091"),
    ("Limerick", "V94", "Co. Limerick", "061"), ("Sligo", "F91", "Co. Sligo", "071"),
    ("Kilkenny", "R95", "Co. Kilkenny", "056"), ("Westport", "F28", "Co. Mayo", "098"),
    ("Drogheda", "A92", "Co. Louth", "041"), ("Killarney", "V93", "Co. Kerry", "064"),
    ("Bray", "A98", "Co. Wicklow", "01"),
]
IE_STREETS = ["Grattan Street", "Main Street", "Church Road", "Rathgar Road", "Shop Street",
              "Mill Street", "Quay Street", "Castle Street", "Green Road", "Strand Road",
              "Patrick Street", "Bridge Street", "Abbey Street", "Seaview Park", "Ashfield Avenue",
              "Sandymount Road"]
FR_TOWNS = [
    ("Paris", ["75011", "75005", "75018", "75014"], "01"),
    ("Lyon", ["69003", "69007", "69001"], "04"),
    ("Grenoble", ["38000", "38100"], "04"),
    ("Annecy", ["74000"], "04"),
    ("Chamonix-Mont-Blanc", ["74400"], "04"),
    ("Bordeaux", ["33000", "33800"], "05"),
    ("Strasbourg", ["67000"], "03"),
    ("Toulouse", ["31000", "31400"], "05"),
    ("Nantes", ["44000"], "02"),
    ("Lille", ["59000"], "03"),
]
FR_STREETS = ["rue des Lilas", "avenue de la République", "rue du Moulin", "boulevard des Alpes",
              "rue de la Gare", "chemin des Vignes", "place du Marché", "rue des Écoles",
              "allée des Tilleuls", "quai des Bateliers", "impasse des Roses", "rue du Château"]
NL_TOWNS = [
    ("Amsterdam", ["1016", "1017", "1052", "1072", "1091"], "020"),
    ("Utrecht", ["3511", "3521", "3581"], "030"),
    ("Rotterdam", ["3011", "3014", "3022"], "010"),
    ("Den Haag", ["2511", "2514", "2582"], "070"),
    ("Groningen", ["9711", "9712", "9726"], "050"),
    ("Eindhoven", ["5611", "5616"], "040"),
    ("Nijmegen", ["6511", "6521"], "024"),
    ("Haarlem", ["2011", "2012"], "023"),
    ("Leiden", ["2311", "2312"], "071"),
]
NL_STREETS = ["Prinsengracht", "Keizersgracht", "Kerkstraat", "Lange Nieuwstraat", "Oudegracht",
              "Molenweg", "Stationsweg", "Zeedijk", "Hoofdstraat", "Dorpsstraat", "Nieuwe Binnenweg",
              "Herengracht", "Bloemstraat", "Laan van Meerdervoort", "Vismarkt"]
IT_TOWNS = [
    ("Milano", ["20121", "20135", "20144"], "MI", "02"),
    ("Torino", ["10121", "10138"], "TO", "011"),
    ("Bolzano", ["39100"], "BZ", "0471"),
    ("Trento", ["38122"], "TN", "0461"),
    ("Bergamo", ["24121", "24122"], "BG", "035"),
    ("Verona", ["37121", "37122"], "VR", "045"),
    ("Como", ["22100"], "CO", "031"),
    ("Roma", ["00184", "00153"], "RM", "06"),
    ("Aosta", ["11100"], "AO", "0165"),
    ("Cortina d'Ampezzo", ["32043"], "BL", "0436"),
    ("Merano", ["39012"], "BZ", "0473"),
]
IT_STREETS = ["Via Roma", "Via dei Mille", "Corso Italia", "Via Torino", "Via della Vigna",
              "Piazza del Duomo", "Via Cavour", "Via San Francesco", "Viale Europa", "Via dei Portici",
              "Via Museo", "Corso Libertà", "Via Mazzini"]

EMAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "freenet.de",
           "mailbox.org", "icloud.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "proton.me"],
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
           "sky.com", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "outlook.com"],
    "IT": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it"],
}

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]}

PRODUCTS = {
    "en": [("Almweg Zip-Off Hiking Trousers", "Almweg", "TG-HT-100", 129.95, ["Rock Grey", "Peat Brown", "Slate"]),
           ("Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10", "TG-BP-045", 229.95, ["Slate", "Fir Shade", "Hut Orange"]),
           ("Firstwand 3-Layer Rain Jacket", "Firstwand", "TG-RJ-100", 349.95, ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"]),
           ("Gitterhang Grid Fleece Jacket", "Gitterhang", "TG-FL-100", 119.95, ["Rock Grey", "Lichen", "Ridge Blue"]),
           ("Hochsattel 30 Hiking Backpack", "Hochsattel 30", "TG-BP-030", 139.95, ["Ridge Blue", "Fir Shade", "Slate"]),
           ("Kaltkar Down Jacket", "Kaltkar", "TG-DJ-100", 289.95, ["Alpenglow", "Ridge Blue", "Slate"]),
           ("Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat", "TG-BL-100", 89.95, ["Slate", "Limestone", "Peat Brown"]),
           ("Rinnental Insulated Hoody", "Rinnental", "TG-SI-100", 219.95, ["Fir Shade", "Hut Orange", "Slate"]),
           ("Schauerpass 2.5-Layer Rain Jacket", "Schauerpass", "TG-RJ-200", 199.95, ["Gentian", "Lichen", "Slate"]),
           ("Steinlauf Trail Running Shoe", "Steinlauf", "TG-TS-100", 159.95, ["Slate/Hut Orange", "Ridge Blue/Limestone"]),
           ("Trittweg Merino Hiking Socks", "Trittweg", "TG-SO-100", 24.95, ["Rock Grey", "Fir Shade", "Hut Orange"]),
           ("Wintersteig Winter Trekking Trousers", "Wintersteig", "TG-WT-100", 169.95, ["Slate", "Fir Shade"])],
    "de": [("Almweg Zip-off-Wanderhose", "Almweg", "TG-HT-100", 129.95, ["Felsgrau", "Moorbraun", "Schiefer"]),
           ("Fernkamm 45+10 Trekkingrucksack", "Fernkamm 45+10", "TG-BP-045", 229.95, ["Schiefer", "Tannenschatten", "Hüttenorange"]),
           ("Firstwand 3-Lagen-Regenjacke", "Firstwand", "TG-RJ-100", 349.95, ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
           ("Gitterhang Grid-Fleecejacke", "Gitterhang", "TG-FL-100", 119.95, ["Felsgrau", "Flechte", "Gratblau"]),
           ("Hochsattel 30 Wanderrucksack", "Hochsattel 30", "TG-BP-030", 139.95, ["Gratblau", "Tannenschatten", "Schiefer"]),
           ("Kaltkar Daunenjacke", "Kaltkar", "TG-DJ-100", 289.95, ["Alpenglühen", "Gratblau", "Schiefer"]),
           ("Morgengrat Merino 150 Langarmshirt", "Morgengrat", "TG-BL-100", 89.95, ["Schiefer", "Kalkstein", "Moorbraun"]),
           ("Rinnental Isolationshoody", "Rinnental", "TG-SI-100", 219.95, ["Tannenschatten", "Hüttenorange", "Schiefer"]),
           ("Schauerpass 2,5-Lagen-Regenjacke", "Schauerpass", "TG-RJ-200", 199.95, ["Enzian", "Flechte", "Schiefer"]),
           ("Steinlauf Trailrunningschuh", "Steinlauf", "TG-TS-100", 159.95, ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"]),
           ("Trittweg Merino-Wandersocken", "Trittweg", "TG-SO-100", 24.95, ["Felsgrau", "Tannenschatten", "Hüttenorange"]),
           ("Wintersteig Wintertrekkinghose", "Wintersteig", "TG-WT-100", 169.95, ["Schiefer", "Tannenschatten"])],
}

STORES = {"DE": ["Kempten", "München", "Freiburg", "Stuttgart", "Hamburg", "Berlin", "Leipzig"],
          "AT": ["Innsbruck", "Wien", "Salzburg", "Graz"],
          "CH": ["Zürich", "Bern", "Luzern", "Chur"],
          "GB": ["Leeds", "Manchester", "Kendal", "Edinburgh", "Bristol", "London"],
          "IE": ["Dublin", "Galway", "Cork"],
          "US": ["Boulder", "Portland", "Seattle"],
          "FR": ["Annecy"], "NL": ["Amsterdam"], "IT": ["Bolzano"]}

# Companies in texts with personal data, by kind: their names hold no person's name part.
COMPANIES = {
    "en": {"cash": ["Northgate Cash Services Ltd", "SecureRoute Cash Logistics"],
           "security": ["Kestrel Security Group", "Watchfell Store Security"],
           "recovery": ["Ironbridge Recovery Services", "Retail Loss Recovery Ltd"],
           "legal": ["Harbourview Legal LLP"],
           "insolv": ["Clearwater Insolvency Partners", "Fairhaven Restructuring LLP"],
           "courier": ["Brightline Couriers", "Summit Parcel Co.", "Ridgeway Logistics"],
           "training": ["Greystone Training Ltd", "Tarnside Avalanche School", "Blue Tarn Mountain Guides"],
           "data": ["Westmoor Data Services"],
           "payroll": ["Copperleaf Payroll Ltd"],
           "facilities": ["Fellside Facilities Ltd"],
           "school": ["Larchfield Schools Trust", "Riverside Academy"],
           "insurer": ["Cairnstone Insurance", "Northwind Mutual"]},
    "de": {"cash": ["SecuCash Wertdienste AG", "Geldlogistik Nord GmbH"],
           "security": ["Alpenblick Sicherheitsdienst GmbH", "Wachdienst Talwacht"],
           "recovery": ["Detektei Scharfblick GmbH", "Inkasso Süd GmbH"],
           "legal": ["Kanzlei am Hofgarten"],
           "insolv": ["Treuhand Insolvenzverwaltung Mitte", "Kanzlei Seeblick Insolvenzrecht"],
           "courier": ["Talkessel Kurierdienst", "Nordkette Logistik GmbH", "Rheintal Spedition AG"],
           "training": ["Gipfelpunkt Bildung GmbH", "Lawinenschule Hochalm", "Bergsteigerschule Gratwind"],
           "data": ["Datenwerk Allgäu GmbH"],
           "payroll": ["Lohnbüro Seeufer GmbH"],
           "facilities": ["Bergwerk Facility Services", "Glasklar Gebäudedienste"],
           "school": ["Realschule am Stadtpark", "Mittelschule Talgasse"],
           "insurer": ["Alpina Versicherung AG", "Bergland Versicherungsverein"]},
}
PARTNER_KINDS = ["courier", "data", "payroll", "facilities", "security", "cash"]
COMPANY_DOMAINS = {
    "Northgate Cash Services Ltd": "northgate-cash.co.uk", "SecureRoute Cash Logistics": "secureroute.co.uk",
    "Kestrel Security Group": "kestrelsecurity.com", "Watchfell Store Security": "watchfell.co.uk",
    "Ironbridge Recovery Services": "ironbridge-recovery.com", "Retail Loss Recovery Ltd": "rlr-ltd.co.uk",
    "Harbourview Legal LLP": "harbourviewlegal.co.uk", "Clearwater Insolvency Partners": "clearwater-ip.co.uk",
    "Fairhaven Restructuring LLP": "fairhaven-llp.com", "Brightline Couriers": "brightline.co.uk",
    "Summit Parcel Co.": "summitparcel.com", "Ridgeway Logistics": "ridgeway-logistics.com",
    "Greystone Training Ltd": "greystone-training.co.uk", "Tarnside Avalanche School": "tarnside.org",
    "Blue Tarn Mountain Guides": "bluetarn.co.uk", "Westmoor Data Services": "westmoor-data.com",
    "Copperleaf Payroll Ltd": "copperleafpayroll.co.uk", "Fellside Facilities Ltd": "fellside-fm.co.uk",
    "Larchfield Schools Trust": "larchfield.sch.uk", "Riverside Academy": "riverside-academy.org",
    "Cairnstone Insurance": "cairnstone.co.uk", "Northwind Mutual": "northwindmutual.com",
    "SecuCash Wertdienste AG": "secucash.ch", "Geldlogistik Nord GmbH": "geldlogistik-nord.de",
    "Alpenblick Sicherheitsdienst GmbH": "alpenblick-sicherheit.de", "Wachdienst Talwacht": "talwacht.at",
    "Detektei Scharfblick GmbH": "scharfblick-detektei.de", "Inkasso Süd GmbH": "inkasso-sued.de",
    "Kanzlei am Hofgarten": "kanzlei-hofgarten.de", "Treuhand Insolvenzverwaltung Mitte": "ti-mitte.de",
    "Kanzlei Seeblick Insolvenzrecht": "seeblick-insolvenz.de", "Talkessel Kurierdienst": "talkessel-kurier.de",
    "Nordkette Logistik GmbH": "nordkette-logistik.at", "Rheintal Spedition AG": "rheintal-spedition.ch",
    "Gipfelpunkt Bildung GmbH": "gipfelpunkt-bildung.de", "Lawinenschule Hochalm": "lawinenschule-hochalm.at",
    "Bergsteigerschule Gratwind": "gratwind.at", "Datenwerk Allgäu GmbH": "datenwerk-allgaeu.de",
    "Lohnbüro Seeufer GmbH": "lohnbuero-seeufer.de", "Bergwerk Facility Services": "bergwerk-fs.de",
    "Glasklar Gebäudedienste": "glasklar-gd.de", "Realschule am Stadtpark": "rs-stadtpark.de",
    "Mittelschule Talgasse": "ms-talgasse.at", "Alpina Versicherung AG": "alpina-versicherung.de",
    "Bergland Versicherungsverein": "bergland-vv.at",
}

def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------------------------------------
# checksummed values

def make_iban(rng, cc):
    if cc == "DE":
        bban = str(rng.randint(1, 8)) + _digits(rng, 7) + _digits(rng, 10)
    elif cc == "AT":
        bban = str(rng.randint(1, 6)) + _digits(rng, 4) + _digits(rng, 11)
    elif cc == "CH":
        bban = "00" + str(rng.randint(2, 9)) + _digits(rng, 2) + _digits(rng, 12)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "MONZ"]) + _digits(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + _digits(rng, 14)
    elif cc == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB"]) + _digits(rng, 10)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + _digits(rng, 5) + _digits(rng, 5) + _digits(rng, 12)
    else:
        raise ValueError(cc)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    iban = cc + "%02d" % chk + bban
    assert valid_iban(iban), iban
    return iban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_card(rng):
    kind = rng.choices(["visa", "mc", "mc2", "amex", "disc"], [45, 25, 8, 14, 8])[0]
    if kind == "visa":
        body, n = "4" + _digits(rng, 14), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + _digits(rng, 13), 16
    elif kind == "mc2":
        body, n = str(rng.randint(2221, 2720)) + _digits(rng, 11), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + _digits(rng, 12), 15
    else:
        body, n = rng.choice(["6011" + _digits(rng, 11), "65" + _digits(rng, 13),
                              str(rng.randint(644, 649)) + _digits(rng, 12)]), 16
    num = body + luhn_digit(body)
    assert valid_card(num) and len(num) == n
    return num


def format_card(rng, num):
    style = rng.choices(["space", "dash", "compact"], [60, 15, 25])[0]
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    if style == "compact":
        return num
    return (" " if style == "space" else "-").join(parts)


def make_taxid(rng):
    while True:
        triple = rng.random() < 0.25
        digs = list("0123456789")
        rng.shuffle(digs)
        rep = digs[0]
        others = digs[1:9] if not triple else digs[1:8]
        ten = others + [rep] * (3 if triple else 2)
        rng.shuffle(ten)
        d10 = "".join(ten)
        if not taxid_rule_ok(d10):
            continue
        tid = d10 + str(taxid_check_digit(d10))
        assert valid_taxid(tid)
        return tid


def format_taxid(rng, tid):
    if rng.random() < 0.35:
        return "%s %s %s %s" % (tid[:2], tid[2:5], tid[5:8], tid[8:])
    return tid


def make_ipv4(rng, kind=None):
    kind = kind or rng.choices(["public", "doc", "private"], [55, 15, 30])[0]
    if kind == "public":
        first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93, 94,
                            95, 109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217,
                            24, 64, 71, 73, 98, 108, 174])
        return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "doc":
        return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % rng.randint(1, 254)
    r = rng.random()
    if r < 0.4:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if r < 0.75:
        return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
    return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))


def make_ipv6(rng, kind=None):
    kind = kind or rng.choices(["global", "doc", "ula", "ll"], [50, 20, 15, 15])[0]
    h = lambda: "%x" % rng.randint(0, 0xffff)
    if kind == "global":
        groups = [rng.choice(["2a02", "2003", "2a01", "2a00", "2600", "2a0a", "2001", "2a03", "2605"])]
        groups += [h() for _ in range(3)]
    elif kind == "doc":
        groups = ["2001", "db8", h(), h()]
    elif kind == "ula":
        groups = ["fd%02x" % rng.randint(0, 255), h(), h(), h()]
    else:
        groups = ["fe80", "0", "0", "0"]
    if rng.random() < 0.35:
        groups += ["0", "0", "0", "%x" % rng.randint(1, 0xff)]
    else:
        groups += [h() for _ in range(4)]
    addr = ipaddress.IPv6Address(":".join(groups))
    if rng.random() < 0.12:
        return addr.exploded
    return addr.compressed


# ---------------------------------------------------------------------------------------------
# look-alikes

def gtin13(rng, prefix=None):
    while True:
        p = prefix or rng.choice(["400", "401", "404", "405", "426", "429", "900", "901", "760",
                                  "761", "500", "501", "505", "539", "590", "871", "800", "803"])
        body = p + _digits(rng, 12 - len(p))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        code = body + str((10 - s % 10) % 10)
        if digits_clean(code):
            return code


def clean_draw(rng, fn):
    for _ in range(200):
        v = fn()
        if digits_clean(v):
            return v
    raise RuntimeError("no clean look-alike")


# ---------------------------------------------------------------------------------------------
# people

def _split(s):
    return [x for x in s.split() if x]


def _clean_name(x):
    parts = x.split("_")
    if len(parts) > 1 and parts[-1].islower() and len(parts[-1]) <= 2:
        parts = parts[:-1]
    return " ".join(parts)


class NameLists:
    def __init__(self):
        self.given = {}
        self.sur = {}
        allg, alls = [], []
        for origin, (m, f, s) in N.ORIGINS.items():
            gm = list(dict.fromkeys(_clean_name(x) for x in _split(m)))
            gf = list(dict.fromkeys(_clean_name(x) for x in _split(f)))
            ss = list(dict.fromkeys(_clean_name(x) for x in _split(s)))
            self.given[origin] = {"m": gm, "f": gf}
            self.sur[origin] = ss
            allg += gm + gf
            alls += ss
        self.all_given = list(dict.fromkeys(allg))
        self.all_sur = list(dict.fromkeys(alls + N.ORDINARY_EN + N.ORDINARY_DE))
        parts = {}
        for nm in self.all_given + self.all_sur:
            for w in WORD_RE.findall(nm):
                parts[fold_key(w)] = 1
        for origin in N.ORIGINS:
            for s in self.sur[origin]:
                for w in WORD_RE.findall(feminine(origin, s)):
                    parts[fold_key(w)] = 1
        # spellings the drawing makes: plain letters, German spelling of Russian names
        for nm in self.all_given + self.all_sur + [feminine(o, x) for o in N.ORIGINS for x in self.sur[o]]:
            for w in WORD_RE.findall(strip_accents(nm)):
                parts[fold_key(w)] = 1
            for w in WORD_RE.findall(nm.replace("ov", "ow").replace("ev", "ew").replace("yov", "jow")):
                parts[fold_key(w)] = 1
        self.parts = parts
        self.origins = list(N.ORIGINS)

    def known(self, word):
        return fold_key(word) in self.parts


def feminine(origin, s):
    if origin == "polish":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "czech":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s in ("Král", "Kříž", "Kovář", "Kolář", "Beneš", "Urban", "Marek", "Zeman", "Fiala",
                 "Hájek", "Blažek", "Vaněk", "Čermák", "Horák", "Novák", "Navrátil", "Doležal",
                 "Pospíšil", "Jelínek", "Sedláček", "Procházka", "Svoboda", "Kučera", "Dvořák",
                 "Růžička"):
            base = s
            if base.endswith("a"):
                base = base[:-1]
            if base.endswith("ek"):
                base = base[:-2] + "k"
            return base + "ová"
        if s == "Němec":
            return "Němcová"
        return s
    if origin in ("russian",):
        for a, b in (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yov", "yova")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "ukrainian":
        if s.endswith("skyi"):
            return s[:-4] + "ska"
        return s
    if origin == "greek":
        for a, b in (("poulos", "poulou"), ("idis", "idou"), ("akis", "aki"), ("ou", "ou"),
                     ("os", "ou"), ("is", "i"), ("as", "a")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "baltic":
        if s.endswith("kas") or s.endswith("as"):
            return s[:-2] + "ienė"
        if s.endswith("ius"):
            return s[:-3] + "ienė"
        if s.endswith("us"):
            return s[:-2] + "ienė"
        if s.endswith("š"):
            return s[:-1] + "a"
        if s.endswith("s"):
            return s[:-1] + "a"
        return s
    if origin == "balkan" or origin == "hungarian":
        return s
    return s


NAME_LISTS = NameLists()


class Person:
    def __init__(self, g, given, surname, gender, origin, country, invented, cue):
        self.g = g
        self.given = given
        self.surname = surname
        self.gender = gender
        self.origin = origin
        self.country = country
        self.invented = invented
        self.cue = cue
        self._cache = {}

    def _once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    # name forms
    @property
    def full(self):
        return lab("P", self.given + " " + self.surname)

    @property
    def last(self):
        return lab("P", self.surname)

    @property
    def first(self):
        return lab("P", self.given)

    @property
    def lf(self):
        return lab("P", self.surname + ", " + self.given)

    @property
    def LF(self):
        return lab("P", upper(self.surname) + ", " + self.given)

    @property
    def il(self):
        return lab("P", initials(self.given) + " " + self.surname)

    @property
    def fi(self):
        core = [w for w in self.surname.split() if w.casefold() not in N.PARTICLES] or [self.surname]
        return lab("P", self.given + " " + core[0][0].upper() + ".")

    @property
    def up(self):
        return lab("P", upper(self.given + " " + self.surname))

    @property
    def UPL(self):
        return lab("P", upper(self.surname))

    @property
    def low(self):
        return lab("P", (self.given + " " + self.surname).lower())

    @property
    def lowfirst(self):
        return lab("P", self.given.lower())

    @property
    def firstgen(self):
        if self.given[-1] in "sxzß":
            return lab("P", self.given) + "'"
        return lab("P", self.given) + "s"

    @property
    def lastgen(self):
        if self.surname[-1] in "sxzß":
            return lab("P", self.surname) + "'"
        return lab("P", self.surname) + "s"

    @property
    def lastfirst_plain(self):
        return lab("P", upper(self.surname) + " " + upper(self.given))

    # salutations (never labelled)
    def _dr(self):
        return self._once("dr", lambda: self.g.rng.random() < 0.06)

    @property
    def hon(self):
        if self._dr():
            return self._once("hon", lambda: self.g.rng.choice(["Dr", "Dr."]))
        if self.gender == "m":
            return self._once("hon", lambda: self.g.rng.choice(["Mr", "Mr."]))
        return self._once("hon", lambda: self.g.rng.choice(["Ms", "Ms.", "Mrs"]))

    @property
    def herr(self):
        return ("Herr" if self.gender == "m" else "Frau") + (" Dr." if self._dr() else "")

    @property
    def herrn(self):
        return ("Herrn" if self.gender == "m" else "Frau") + (" Dr." if self._dr() else "")

    @property
    def sgh(self):
        return ("Sehr geehrter Herr" if self.gender == "m" else "Sehr geehrte Frau") + (" Dr." if self._dr() else "")

    @property
    def lieb(self):
        return "Lieber" if self.gender == "m" else "Liebe"

    # contact values
    def _email_addr(self, variant):
        g = self.g
        rng = g.rng
        gi = re.sub(r"[^a-z\-]", "", ascii_fold(self.given).lower().replace(" ", "-"))
        su = re.sub(r"[^a-z\-]", "", ascii_fold(self.surname).lower().replace(" ", "").replace("'", ""))
        gi = gi.split("-")[0] or "info"
        su = su.replace("-", "") if rng.random() < 0.5 else su
        form = rng.choice(["g.s", "gs", "g_s", "is", "g.s99", "s.g", "g", "i.s", "gs84", "s"])
        num = str(rng.randint(1, 99)) if "99" in form else (str(rng.randint(60, 99)) if "84" in form else "")
        local = {"g.s": gi + "." + su, "gs": gi + su, "g_s": gi + "_" + su, "is": gi[0] + su,
                 "g.s99": gi + "." + su + num, "s.g": su + "." + gi, "g": gi + str(rng.randint(10, 99)),
                 "i.s": gi[0] + "." + su, "gs84": gi + su + num, "s": su + str(rng.randint(1, 9))}[form]
        dom = rng.choice(EMAIL_DOMAINS[self.country])
        return local + "@" + dom

    @property
    def email(self):
        return lab("E", self._once("email", lambda: self._email_addr(0)))

    @property
    def email_plain(self):
        return self._once("email", lambda: self._email_addr(0))

    @property
    def email2(self):
        return lab("E", self._once("email2", lambda: self._email_addr(1)))

    @property
    def staffmail(self):
        def mk():
            gi = ascii_fold(self.given).lower().replace(" ", "-").replace("'", "")
            su = ascii_fold(self.surname).lower().replace(" ", "").replace("'", "")
            dom = "talgrat.de" if self.g.lang == "de" else "talgrat.com"
            return self.g.rng.choice([gi + "." + su, gi[0] + "." + su, gi + "." + su]) + "@" + dom
        return lab("E", self._once("staff", mk))

    def company(self):
        return self._once("company", lambda: self.g.company())

    def __getattr__(self, name):
        if name.startswith("co_"):
            kind = name[3:]
            return self._once("company", lambda: self.g.company(kind))
        raise AttributeError(name)

    @property
    def workmail(self):
        def mk():
            gi = ascii_fold(self.given).lower().replace(" ", "-").replace("'", "")
            su = ascii_fold(self.surname).lower().replace(" ", "").replace("'", "")
            dom = COMPANY_DOMAINS[self.company()]
            return self.g.rng.choice([gi + "." + su, gi[0] + su, su]) + "@" + dom
        return lab("E", self._once("work", mk))

    @property
    def co(self):
        return self.company()

    @property
    def mobile(self):
        return lab("T", self._once("mobile", lambda: self.g.phone(self.country, "mobile", town=self.home())))

    @property
    def mobile_plain(self):
        return self._once("mobile", lambda: self.g.phone(self.country, "mobile", town=self.home()))

    @property
    def phone(self):
        return lab("T", self._once("phone", lambda: self.g.phone(self.country, self.g.rng.choice(["mobile", "land"]), town=self.home())))

    @property
    def landline(self):
        return lab("T", self._once("land", lambda: self.g.phone(self.country, "land", town=self.home())))

    @property
    def e164(self):
        return lab("T", self._once("e164", lambda: self.g.phone(self.country, "mobile", town=self.home(), style="e164")))

    def home(self):
        return self._once("home", lambda: self.g.address_parts(self.country))

    @property
    def addr(self):
        return lab("A", self.g.format_address(self.home(), "line"))

    @property
    def addr2(self):
        return lab("A", self.g.format_address(self.home(), "two"))

    @property
    def street(self):
        return lab("A", self.g.format_address(self.home(), "street"))

    @property
    def street_plain(self):
        return self.g.format_address(self.home(), "street")

    @property
    def postcode(self):
        return self.home()[1]["postcode"]

    @property
    def town(self):
        return self.home()[1]["town"]

    @property
    def plz_town(self):
        return self.g.format_address(self.home(), "town")

    @property
    def country_name(self):
        return COUNTRY_NAMES[self.g.lang][self.country]

    @property
    def iban(self):
        def mk():
            cc = self.country if self.country != "US" else self.g.rng.choice(["GB", "IE", "DE"])
            raw = make_iban(self.g.rng, cc)
            return group4(raw) if self.g.rng.random() < 0.7 else raw
        return lab("I", self._once("iban", mk))

    @property
    def card(self):
        return lab("C", self._once("card", lambda: format_card(self.g.rng, make_card(self.g.rng))))

    @property
    def last4(self):
        # masked card ending, never labelled
        return self._once("last4", lambda: clean_draw(self.g.rng, lambda: _digits(self.g.rng, 4)))

    @property
    def taxid(self):
        if self.country != "DE":
            raise TemplateError("Steuer-ID for a person outside Germany")
        return lab("X", self._once("taxid", lambda: format_taxid(self.g.rng, make_taxid(self.g.rng))))

    @property
    def dob(self):
        def mk():
            y, m, d = self.g.rng.randint(1952, 2006), self.g.rng.randint(1, 12), self.g.rng.randint(1, 28)
            if self.g.lang == "de":
                return "%02d.%02d.%d" % (d, m, y)
            if self.country == "US":
                return "%02d/%02d/%d" % (m, d, y)
            return "%02d/%02d/%d" % (d, m, y)
        return self._once("dob", mk)

    @property
    def age(self):
        return str(self.g.rng.randint(14, 17))


def upper(s):
    return s.replace("ß", "SS").upper() if "ß" in s else s.upper()


def initials(given):
    parts = re.split(r"([ \-])", given)
    out = []
    for p in parts:
        if p in (" ", "-"):
            out.append(p)
        elif p:
            out.append(p[0] + ".")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# context

LANG_COUNTRIES = {
    "en": (["GB", "US", "IE", "DE", "AT", "CH", "FR", "NL", "IT"], [40, 28, 14, 5, 3, 3, 2.5, 2.5, 2]),
    "de": (["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"], [50, 23, 20, 1.5, 1, 1, 1, 1, 1.5]),
}

SLOT_PEOPLE = ("p", "q", "r", "u", "v")
SLOT_PLAIN = ("n", "m", "w")


class Slots(dict):
    def __init__(self, g):
        super().__init__()
        self.g = g

    def __missing__(self, key):
        g = self.g
        if key in SLOT_PEOPLE:
            v = g.person(cue=True)
        elif key == "k":
            v = g.person(cue=True, country="DE")
        elif key == "j":
            v = g.person(cue=True, country=g.country)
        elif key in SLOT_PLAIN:
            v = g.person(cue=False)
        elif key == "g":
            v = g
        elif key == "o":
            v = g.order
        elif key == "d":
            v = g.date
        elif key == "s":
            v = g.store
        elif key == "t":
            v = g.case
        elif key == "pr":
            v = g.product
        else:
            raise KeyError(key)
        self[key] = v
        return v


class Ctx:
    def __init__(self, rng, lang, genre, country, invent_rate=0.12, allow_invented=True):
        self.rng = rng
        self.lang = lang
        self.genre = genre
        self.country = country
        self.people = []
        self.used = {}
        self.invent_rate = invent_rate
        self.allow_invented = allow_invented
        self.slots = Slots(self)
        self.inner_redraws = 0
        self._prod = None
        self._co = []

    # --- drawing helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def x(self, tpl, **extra):
        for k, v in extra.items():
            self.slots[k] = v
        return fill(expand(self.rng, tpl), self.slots)

    def other_country(self):
        cs, ws = LANG_COUNTRIES[self.lang]
        return self.rng.choices(cs, ws)[0]

    def person_country(self):
        if self.rng.random() < 0.85:
            return self.country
        return self.other_country()

    def person(self, cue=True, gender=None, country=None, origin=None):
        for _ in range(400):
            p = self._draw_person(cue, gender, country, origin)
            keys = [fold_key(w) for w in WORD_RE.findall(p.given + " " + p.surname)
                    if len(w) > 1 and w.casefold() not in N.PARTICLES]
            if any(k in self.used for k in keys):
                self.inner_redraws += 1
                continue
            for k in keys:
                self.used[k] = 1
            self.people.append(p)
            return p
        raise RuntimeError("no person")

    def _draw_person(self, cue, gender, country, origin):
        rng = self.rng
        country = country or self.person_country()
        gender = gender or rng.choice(["m", "f"])
        if origin is None:
            w = dict(N.WEIGHTS[self.lang])
            for o, f in N.BOOSTS.get(country, {}).items():
                w[o] = w[o] * f
            origins = list(w)
            origin = rng.choices(origins, [w[o] for o in origins])[0]
        L = NAME_LISTS
        given = rng.choice(L.given[origin][gender])
        if origin in N.DOUBLE_JOIN and rng.random() < 0.05 and " " not in given and "-" not in given:
            second = rng.choice(L.given[origin][gender])
            if second != given and " " not in second and "-" not in second:
                given = given + N.DOUBLE_JOIN[origin] + second
        sur = rng.choice(L.sur[origin])
        group = None
        if origin in N.ORIGIN_GROUPS_EN:
            group = N.ORDINARY_EN
        elif origin in N.ORIGIN_GROUPS_DE:
            group = N.ORDINARY_DE
        if group and rng.random() < (0.075 if group is N.ORDINARY_EN else 0.01):
            sur = rng.choice(group)
        elif origin in N.HYPHEN_ORIGINS and rng.random() < 0.11 and " " not in sur and "'" not in sur:
            s2 = rng.choice(L.sur[origin])
            if s2 != sur and " " not in s2 and "-" not in s2 and "-" not in sur:
                sur = sur + "-" + s2
        if gender == "f":
            sur = "-".join(feminine(origin, s) for s in sur.split("-"))
        if origin == "russian" and self.lang == "de" and rng.random() < 0.5:
            sur = sur.replace("ov", "ow").replace("ev", "ew").replace("yov", "jow")
        if origin in N.FOLDABLE and rng.random() < 0.3:
            given, sur = strip_accents(given), strip_accents(sur)
        invented = ""
        if cue and self.allow_invented and rng.random() < self.invent_rate:
            which = rng.choice(["given", "sur", "both"])
            if which in ("given", "both"):
                given = self.invented_name("given", gender)
            if which in ("sur", "both"):
                sur = self.invented_name("sur", gender)
            invented = which
        if country == "CH":
            given, sur = given.replace("ß", "ss"), sur.replace("ß", "ss")
        return Person(self, given, sur, gender, origin, country, invented, cue)

    def invented_name(self, kind, gender):
        rng = self.rng
        for _ in range(500):
            vowels = N.VOWELS if self.lang == "de" else [v for v in N.VOWELS if v not in ("ä", "ö", "ü")]
            s = rng.choice(N.ONSETS) + rng.choice(vowels)
            if rng.random() < 0.5:
                s += rng.choice(N.MIDS) + rng.choice(vowels)
            if kind == "given":
                s += rng.choice(N.GIVEN_ENDS_M if gender == "m" else N.GIVEN_ENDS_F)
            else:
                s += rng.choice(N.SUR_ENDS)
            s = s[0].upper() + s[1:]
            f = fold_key(s)
            if re.search(r"[aeiouyäöü]{3}", s.lower()) or re.search(r"[^aeiouyäöü]{4}", s.lower()):
                continue
            if len(s) < 4 or NAME_LISTS.known(s) or f in N.COMMON_WORDS or s.lower() in N.COMMON_WORDS:
                continue
            return s
        raise RuntimeError("no invented name")

    # --- companies
    def company(self, kind=None):
        kinds = COMPANIES[self.lang]
        kind = kind or self.rng.choice(PARTNER_KINDS)
        return self.rng.choice(kinds[kind])

    def __getattr__(self, name):
        if name.startswith("co_"):
            return self.company(name[3:])
        raise AttributeError(name)

    @property
    def co(self):
        return self.company()

    # --- addresses
    def address_parts(self, cc):
        rng = self.rng
        if cc == "DE":
            town, pcs, area = rng.choice(DE_TOWNS)
            st = rng.choice(DE_STREETS)
            if st.endswith("straße") and rng.random() < 0.2:
                st = st[:-6] + "str."
            no = str(rng.randint(1, 148)) + (rng.choice("abc") if rng.random() < 0.12 else "")
            if st.startswith("Am ") or st.startswith("Auf ") or st == "Marktplatz":
                pass
            return ("DE", {"street": st + " " + no, "postcode": rng.choice(pcs), "town": town,
                           "area": area, "prefix": "D-" if rng.random() < 0.12 else ""})
        if cc == "AT":
            town, pcs, area = rng.choice(AT_TOWNS)
            if town in AT_TOWN_STREETS and rng.random() < 0.7:
                st = rng.choice(AT_TOWN_STREETS[town])
            else:
                st = rng.choice(AT_GENERIC)
            no = str(rng.randint(1, 120))
            if town == "Wien" and rng.random() < 0.7:
                no += rng.choice(["/%d/%d" % (rng.randint(1, 5), rng.randint(1, 24)),
                                  "/%d" % rng.randint(1, 30)])
            elif rng.random() < 0.2:
                no += "/%d" % rng.randint(1, 12)
            return ("AT", {"street": st + " " + no, "postcode": rng.choice(pcs), "town": town,
                           "area": area, "prefix": "A-" if rng.random() < 0.22 else ""})
        if cc == "CH":
            town, pcs, area, lg = rng.choice(CH_TOWNS)
            st = rng.choice(CH_STREETS[lg])
            no = str(rng.randint(1, 90)) + (rng.choice("abc") if rng.random() < 0.1 else "")
            street = (no + " " + st) if lg == "fr" and rng.random() < 0.3 else (st + " " + no)
            return ("CH", {"street": street, "postcode": rng.choice(pcs), "town": town, "area": area,
                           "prefix": "CH-" if rng.random() < 0.25 else ""})
        if cc == "GB":
            town, outs, area = rng.choice(GB_TOWNS)
            st = rng.choice(GB_STREETS)
            no = str(rng.randint(1, 140))
            line = no + " " + st
            r = rng.random()
            if r < 0.18:
                line = "Flat %s, %s" % (rng.choice([str(rng.randint(1, 12)), "%d%s" % (rng.randint(1, 6), rng.choice("ABC"))]), line)
            elif r < 0.24:
                line = "Apartment %d, %s" % (rng.randint(1, 40), line)
            inward = "%d%s%s" % (rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
            return ("GB", {"street": line, "postcode": rng.choice(outs) + " " + inward, "town": town, "area": area})
        if cc == "US":
            town, state, zips, areas = rng.choice(US_TOWNS)
            line = "%d %s" % (rng.randint(100, 9899), rng.choice(US_STREETS))
            r = rng.random()
            if r < 0.2:
                line += ", Apt %s" % rng.choice([str(rng.randint(1, 30)), "%d%s" % (rng.randint(1, 9), rng.choice("ABCD"))])
            elif r < 0.28:
                line += ", Suite %d" % rng.randint(100, 450)
            elif r < 0.33:
                line += ", #%d" % rng.randint(2, 40)
            return ("US", {"street": line, "postcode": rng.choice(zips), "town": town, "state": state,
                           "area": rng.choice(areas)})
        if cc == "IE":
            town, key, county, area = rng.choice(IE_TOWNS)
            line = "%d %s" % (rng.randint(1, 90), rng.choice(IE_STREETS))
            if rng.random() < 0.18:
                line = "Apartment %d, %s" % (rng.randint(1, 30), line)
            chars = "ACDEFHKNPRTVWXY0123456789"
            ident = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))
            return ("IE", {"street": line, "postcode": key + " " + ident, "town": town, "county": county, "area": area})
        if cc == "FR":
            town, pcs, area = rng.choice(FR_TOWNS)
            no = str(rng.randint(1, 80))
            if rng.random() < 0.15:
                no += rng.choice([" bis", " ter"])
            return ("FR", {"street": no + " " + rng.choice(FR_STREETS), "postcode": rng.choice(pcs),
                           "town": town, "area": area})
        if cc == "NL":
            town, pcs, area = rng.choice(NL_TOWNS)
            no = str(rng.randint(1, 420))
            r = rng.random()
            if r < 0.15:
                no += "-hs"
            elif r < 0.25:
                no += "-" + rng.choice(["I", "II", "III"])
            elif r < 0.32:
                no += rng.choice("ABC")
            letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
            t = town.upper() if rng.random() < 0.15 else town
            return ("NL", {"street": rng.choice(NL_STREETS) + " " + no, "postcode": rng.choice(pcs) + " " + letters,
                           "town": t, "area": area})
        if cc == "IT":
            town, pcs, prov, area = rng.choice(IT_TOWNS)
            return ("IT", {"street": "%s %d" % (rng.choice(IT_STREETS), rng.randint(1, 120)),
                           "postcode": rng.choice(pcs), "town": town, "prov": prov, "area": area,
                           "pstyle": rng.choice(["(%s)", "%s"])})
        raise ValueError(cc)

    def format_address(self, parts, form):
        cc, a = parts
        st = a["street"]
        if form == "street":
            return st
        if cc in ("DE", "AT", "CH"):
            tl = a["prefix"] + a["postcode"] + " " + a["town"]
        elif cc == "GB":
            tl = a["town"] + " " + a["postcode"]
        elif cc == "US":
            tl = "%s, %s %s" % (a["town"], a["state"], a["postcode"])
        elif cc == "IE":
            tl = a["town"] + (", " + a["county"] if a["county"] else "") + ", " + a["postcode"]
        elif cc == "FR":
            tl = a["postcode"] + " " + a["town"]
        elif cc == "NL":
            tl = a["postcode"] + " " + a["town"]
        else:
            tl = a["postcode"] + " " + a["town"] + " " + (a["pstyle"] % a["prov"])
        if form == "town":
            return tl
        if form == "line":
            return st + ", " + tl
        if form == "two":
            return st + "\n" + tl
        raise ValueError(form)

    # --- phones
    def phone(self, cc, kind, town=None, style=None):
        rng = self.rng
        area = None
        if kind == "land":
            if town is not None:
                area = town[1]["area"]
            else:
                area = self.address_parts(cc)[1]["area"]
        style = style or rng.choices(["nat", "intl"], [55, 45])[0]
        d = lambda n: _digits(rng, n)
        if cc == "DE":
            if kind == "mobile":
                pre = rng.choice(["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171",
                                  "0172", "0173", "0174", "0175", "0176", "0177", "0178", "0179"])
                sub = str(rng.randint(1, 9)) + d(rng.choice([6, 7]))
            else:
                pre = area
                sub = str(rng.randint(2, 9)) + d(7 - max(0, len(area) - 4))
            if style == "e164":
                return "+49" + pre[1:] + sub
            if style == "nat":
                return rng.choice([pre + " " + sub, pre + "/" + sub, pre + "-" + sub,
                                   "(" + pre + ") " + sub if kind == "land" else pre + " " + sub[:-4] + " " + sub[-4:]])
            return rng.choice(["+49 " + pre[1:] + " " + sub, "+49 (0)" + pre[1:] + " " + sub,
                               "0049 " + pre[1:] + " " + sub, "+49 " + pre[1:] + "-" + sub])
        if cc == "AT":
            if kind == "mobile":
                pre = rng.choice(["0650", "0660", "0664", "0676", "0677", "0680", "0681", "0699"])
                sub = str(rng.randint(1, 9)) + d(6)
            else:
                pre = area
                sub = str(rng.randint(2, 9)) + d(6 - max(0, len(area) - 4))
            if style == "e164":
                return "+43" + pre[1:] + sub
            if style == "nat":
                return rng.choice([pre + " " + sub, pre + "/" + sub, pre + " " + sub[:3] + " " + sub[3:]])
            return rng.choice(["+43 " + pre[1:] + " " + sub, "+43 (0)" + pre[1:] + " " + sub, "0043 " + pre[1:] + " " + sub])
        if cc == "CH":
            pre = rng.choice(["076", "077", "078", "079"]) if kind == "mobile" else area
            sub = str(rng.randint(2, 9)) + d(6)
            grp = sub[:3] + " " + sub[3:5] + " " + sub[5:]
            if style == "e164":
                return "+41" + pre[1:] + sub
            if style == "nat":
                return pre + " " + grp
            return rng.choice(["+41 " + pre[1:] + " " + grp, "+41 (0)" + pre[1:] + " " + grp, "0041 " + pre[1:] + " " + grp])
        if cc == "GB":
            if kind == "mobile":
                num = "07" + str(rng.randint(4, 9)) + d(8)
                nat = num[:5] + " " + num[5:]
                intl_rest = num[1:5] + " " + num[5:]
            else:
                if len(area) == 3:
                    rest = str(rng.randint(2, 8)) + d(7)
                    nat = area + " " + rest[:4] + " " + rest[4:]
                    intl_rest = area[1:] + " " + rest[:4] + " " + rest[4:]
                elif len(area) == 4:
                    rest = str(rng.randint(2, 8)) + d(6)
                    nat = rng.choice(["(%s) %s %s" % (area, rest[:3], rest[3:]), "%s %s %s" % (area, rest[:3], rest[3:])])
                    intl_rest = area[1:] + " " + rest[:3] + " " + rest[3:]
                else:
                    rest = str(rng.randint(2, 8)) + d(10 - len(area))
                    nat = rng.choice(["(%s) %s" % (area, rest), "%s %s" % (area, rest)])
                    intl_rest = area[1:] + " " + rest
                num = nat
            if style == "e164":
                return "+44" + re.sub(r"\D", "", intl_rest)
            if style == "nat":
                return nat
            return rng.choice(["+44 " + intl_rest, "+44 (0)" + intl_rest, "0044 " + intl_rest])
        if cc == "US":
            ac = area if area else rng.choice(["303", "720", "206", "503", "617", "312", "801", "802", "612", "828", "406", "512"])
            if kind == "mobile" and area is None and town is not None:
                ac = town[1]["area"] if rng.random() < 0.7 else ac
            while True:
                ex = str(rng.randint(2, 9)) + d(2)
                if ex != "555" and ex[1:] != "11":
                    break
            ln = d(4)
            if style == "e164":
                return "+1" + ac + ex + ln
            if style == "nat":
                return rng.choice(["(%s) %s-%s" % (ac, ex, ln), "%s-%s-%s" % (ac, ex, ln), "%s.%s.%s" % (ac, ex, ln),
                                   "1-%s-%s-%s" % (ac, ex, ln)])
            return rng.choice(["+1 %s %s %s" % (ac, ex, ln), "+1 (%s) %s-%s" % (ac, ex, ln), "+1-%s-%s-%s" % (ac, ex, ln)])
        if cc == "IE":
            if kind == "mobile":
                pre = rng.choice(["083", "085", "086", "087", "089"])
                sub = str(rng.randint(1, 9)) + d(6)
                nat = pre + " " + sub[:3] + " " + sub[3:]
                intl = pre[1:] + " " + sub[:3] + " " + sub[3:]
            else:
                pre = area
                sub = str(rng.randint(2, 9)) + d(6 if len(area) == 3 else 6)
                nat = rng.choice(["(%s) %s %s" % (pre, sub[:3], sub[3:]), "%s %s %s" % (pre, sub[:3], sub[3:])])
                intl = pre[1:] + " " + sub[:3] + " " + sub[3:]
            if style == "e164":
                return "+353" + re.sub(r"\D", "", intl)
            if style == "nat":
                return nat
            return rng.choice(["+353 " + intl, "00353 " + intl, "+353 (0)" + intl])
        if cc == "FR":
            pre = rng.choice(["06", "07"]) if kind == "mobile" else area
            sub = d(8)
            pairs = [sub[i:i + 2] for i in range(0, 8, 2)]
            if style == "e164":
                return "+33" + pre[1:] + sub
            if style == "nat":
                return rng.choice([" ".join([pre] + pairs), ".".join([pre] + pairs), "-".join([pre] + pairs)])
            return rng.choice(["+33 " + pre[1:] + " " + " ".join(pairs), "+33 (0)" + pre[1:] + " " + " ".join(pairs)])
        if cc == "NL":
            if kind == "mobile":
                sub = str(rng.randint(1, 6)) + d(7)
                if style == "e164":
                    return "+316" + sub
                if style == "nat":
                    return rng.choice(["06 " + sub, "06-" + sub, "06 " + sub[:2] + " " + sub[2:5] + " " + sub[5:]])
                return rng.choice(["+31 6 " + sub, "+31 (0)6 " + sub, "0031 6 " + sub])
            sub = str(rng.randint(2, 8)) + d(6)
            if style == "e164":
                return "+31" + area[1:] + sub
            if style == "nat":
                return area + " " + sub[:3] + " " + sub[3:]
            return "+31 " + area[1:] + " " + sub[:3] + " " + sub[3:]
        if cc == "IT":
            if kind == "mobile":
                pre = "3" + str(rng.randint(2, 9)) + str(rng.randint(0, 9))
                sub = d(7)
                if style == "e164":
                    return "+39" + pre + sub
                if style == "nat":
                    return rng.choice([pre + " " + sub, pre + " " + sub[:3] + " " + sub[3:]])
                return rng.choice(["+39 " + pre + " " + sub, "+39 " + pre + " " + sub[:3] + " " + sub[3:]])
            sub = str(rng.randint(2, 9)) + d(6 if len(area) > 2 else 7)
            if style == "e164":
                return "+39" + area + sub
            if style == "nat":
                return area + " " + sub
            return "+39 " + area + " " + sub
        raise ValueError(cc)

    # --- context values (each access draws again)
    @property
    def ip(self):
        return lab("N", make_ipv4(self.rng))

    @property
    def ip_public(self):
        return lab("N", make_ipv4(self.rng, "public"))

    @property
    def ip_private(self):
        return lab("N", make_ipv4(self.rng, "private"))

    @property
    def ip6(self):
        return lab("N", make_ipv6(self.rng))

    @property
    def anyip(self):
        return self.ip6 if self.rng.random() < 0.22 else self.ip

    @property
    def shop_iban(self):
        cc = {"DE": "DE", "AT": "AT", "CH": "CH", "GB": "GB", "IE": "IE", "US": "GB", "FR": "FR",
              "NL": "NL", "IT": "IT"}[self.country]
        raw = make_iban(self.rng, cc)
        return lab("I", group4(raw) if self.rng.random() < 0.75 else raw)

    @property
    def co_iban(self):
        return self.shop_iban

    def shop_mail(self, local):
        dom = "talgrat.de" if self.lang == "de" else "talgrat.com"
        return lab("E", local + "@" + dom)

    @property
    def support_mail(self):
        return self.shop_mail(self.rng.choice(["support", "service", "hello"] if self.lang == "en"
                                              else ["service", "kundenservice", "hallo"]))

    @property
    def order(self):
        rng = self.rng
        return clean_draw(rng, lambda: rng.choice([
            "TG-%d-%06d" % (rng.choice([2024, 2025]), rng.randint(1000, 999999)),
            "TG%d" % rng.randint(100000, 9999999),
            "#%d" % rng.randint(100000, 999999),
            "W%d-%d" % (rng.randint(10, 99), rng.randint(10000, 99999))]))

    @property
    def case(self):
        rng = self.rng
        return clean_draw(rng, lambda: rng.choice([
            "CS-%d" % rng.randint(10000, 99999), "INC%07d" % rng.randint(1000, 999999),
            "#%d" % rng.randint(1000, 99999), "T-%d-%04d" % (rng.randint(24, 25), rng.randint(1, 9999))]))

    @property
    def ref(self):
        """Reference shaped like a phone number (depot, pallet, transfer, queue)."""
        rng = self.rng
        return clean_draw(rng, lambda: rng.choice([
            "0%d %d %d" % (rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(100, 999)),
            "0%d-%d-%d" % (rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999)),
            "(0%d) %d %d" % (rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999)),
            "%d %d %d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 9999))]))

    @property
    def parcel(self):
        rng = self.rng
        return clean_draw(rng, lambda: rng.choice([
            "00340434" + _digits(rng, 12), "JJD%016d" % rng.randint(10 ** 14, 10 ** 16 - 1),
            "1Z%s%s" % ("".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)), _digits(rng, 10)),
            "RR%09dGB" % rng.randint(10 ** 8, 10 ** 9 - 1), "%d %d %d" % (rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(1000, 9999))]))

    @property
    def gtin(self):
        return gtin13(self.rng)

    @property
    def seal(self):
        rng = self.rng
        return clean_draw(rng, lambda: rng.choice(["S%07d" % rng.randint(10 ** 5, 10 ** 7 - 1),
                                                   "%02d-%06d" % (rng.randint(10, 99), rng.randint(1, 999999))]))

    @property
    def staffno(self):
        return "%s%d" % (self.rng.choice(["P", "MA", "E", ""]), self.rng.randint(1000, 99999))

    @property
    def plate(self):
        rng = self.rng
        L = lambda n: "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(n))
        if self.country == "DE":
            return "%s-%s %d" % (rng.choice(["KE", "M", "OA", "FR", "S", "HH", "B", "A", "RO", "GAP"]), L(2), rng.randint(10, 9999))
        if self.country == "AT":
            return "%s-%d%s" % (rng.choice(["W", "I", "IL", "S", "G", "L", "KB"]), rng.randint(10, 999), L(2))
        if self.country == "CH":
            return "%s %d" % (rng.choice(["ZH", "BE", "LU", "GR", "SG", "BS"]), rng.randint(1000, 999999))
        if self.country == "US":
            return "%d%s%d" % (rng.randint(1, 9), L(3), rng.randint(100, 999))
        return "%s%d %s" % (L(2), rng.randint(10, 75), L(3))

    @property
    def date(self):
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.choice([2024, 2025])
        self._last_date = (d, m, y)
        return self.fmt_date(d, m, y)

    @property
    def later(self):
        """A date 10 to 60 days after the last date drawn in this text."""
        import datetime
        d, m, y = getattr(self, "_last_date", (1, 1, 2025))
        x = datetime.date(y, m, d) + datetime.timedelta(days=self.rng.randint(10, 60))
        self._last_date = (x.day, x.month, x.year)
        return self.fmt_date(x.day, x.month, x.year)

    @property
    def date_long(self):
        return self.fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.choice([2024, 2025]), long=True)

    @property
    def iso_date(self):
        return "%d-%02d-%02d" % (self.rng.choice([2024, 2025]), self.rng.randint(1, 12), self.rng.randint(1, 28))

    @property
    def iso_ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.iso_date, self.rng.randint(6, 21), self.rng.randint(0, 59), self.rng.randint(0, 59))

    def fmt_date(self, d, m, y, long=None):
        rng = self.rng
        long = rng.random() < 0.4 if long is None else long
        if self.lang == "de":
            months = list(MONTHS["de"])
            if self.country == "AT":
                months[0] = "Jänner"
            if long:
                return "%d. %s %d" % (d, months[m - 1], y)
            return "%02d.%02d.%d" % (d, m, y)
        months = MONTHS["en"]
        if self.country == "US":
            return ("%s %d, %d" % (months[m - 1], d, y)) if long else "%d/%d/%d" % (m, d, y)
        return ("%d %s %d" % (d, months[m - 1], y)) if long else "%02d/%02d/%d" % (d, m, y)

    @property
    def day_date(self):
        import datetime
        y, m, d = self.rng.choice([2024, 2025]), self.rng.randint(1, 12), self.rng.randint(1, 28)
        wd = WEEKDAYS[self.lang][datetime.date(y, m, d).weekday()]
        return wd + ", " + self.fmt_date(d, m, y, long=True)

    @property
    def weekday(self):
        return self.rng.choice(WEEKDAYS[self.lang][:6])

    @property
    def time(self):
        h, mi = self.rng.randint(7, 20), self.rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        if self.lang == "en" and self.country == "US":
            return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm")
        return "%02d:%02d" % (h, mi)

    @property
    def tick(self):
        if not hasattr(self, "_clock"):
            self._clock = self.rng.randint(7 * 60, 17 * 60)
        else:
            self._clock += self.rng.randint(1, 9)
        return "%02d:%02d" % (self._clock // 60 % 24, self._clock % 60)

    @property
    def hhmm(self):
        return "%02d:%02d" % (self.rng.randint(7, 20), self.rng.randint(0, 59))

    def money(self, v):
        cc = self.country
        if self.lang == "de":
            if cc == "CH":
                return "CHF %.2f" % (v * 1.1) if self.rng.random() < 0.7 else "CHF %d.–" % round(v * 1.1)
            if cc == "AT" and self.rng.random() < 0.3:
                return "EUR " + ("%.2f" % v).replace(".", ",")
            return ("%.2f" % v).replace(".", ",") + " €"
        if cc == "GB":
            return "£%.2f" % (v * 0.86)
        if cc == "US":
            return "$%.2f" % (v * 1.08)
        if cc == "CH":
            return "CHF %.2f" % (v * 1.1)
        return "€%.2f" % v

    @property
    def amount(self):
        return self.money(self.rng.randint(8, 480) + self.rng.choice([0, 0.5, 0.95, 0.9]))

    @property
    def tiny_amount(self):
        return self.money(self.rng.choice([4, 5, 6, 7.5, 8, 10, 12]))

    @property
    def small_amount(self):
        return self.money(self.rng.randint(5, 150) + self.rng.choice([0, 0.5, 0.95]))

    def prod(self):
        if self._prod is None:
            self._prod = self.rng.choice(PRODUCTS[self.lang])
        return self._prod

    @property
    def product(self):
        return self.rng.choice(PRODUCTS[self.lang])[0]

    @property
    def short_product(self):
        return self.rng.choice(PRODUCTS[self.lang])[1]

    @property
    def sku(self):
        return self.rng.choice(PRODUCTS[self.lang])[2]

    @property
    def price(self):
        return self.money(self.rng.choice(PRODUCTS[self.lang])[3])

    @property
    def colour(self):
        return self.rng.choice(self.rng.choice(PRODUCTS[self.lang])[4])

    @property
    def size(self):
        return self.rng.choice(["XS", "S", "M", "L", "XL", "XXL"])

    @property
    def store(self):
        lst = STORES.get(self.country) or STORES["DE"]
        return self.rng.choice(lst)

    @property
    def num(self):
        return str(self.rng.randint(2, 9))

    @property
    def qty(self):
        return str(self.rng.randint(1, 40))

    @property
    def pct(self):
        return str(self.rng.choice([10, 15, 20, 25, 30, 40]))

    @property
    def days(self):
        return str(self.rng.choice([7, 10, 14, 21, 28, 30]))

    @property
    def version(self):
        return "%d.%d.%d" % (self.rng.randint(1, 9), self.rng.randint(0, 24), self.rng.randint(0, 19))

    @property
    def store_town(self):
        return self.store

    @property
    def country_name(self):
        return COUNTRY_NAMES[self.lang][self.country]

    @property
    def exp(self):
        return "%02d/%02d" % (self.rng.randint(1, 12), self.rng.randint(26, 30))

    @property
    def street_any(self):
        return lab("A", self.format_address(self.address_parts(self.person_country()), "street"))

    @property
    def hr_mail(self):
        return self.shop_mail(self.rng.choice(["people", "hr"] if self.lang == "en" else ["personal", "hr"]))

    @property
    def privacy_mail(self):
        return self.shop_mail("privacy" if self.lang == "en" else "datenschutz")

    @property
    def town_alone(self):
        rng = self.rng
        if self.lang == "en":
            c = rng.choice(["GB", "GB", "IE", "US"])
        else:
            c = rng.choice(["DE", "DE", "AT", "CH"])
        cc, a = self.address_parts(c)
        if cc == "GB":
            return rng.choice([a["town"], "%s (%s)" % (a["town"], a["postcode"].split()[0])])
        if cc == "IE":
            return a["town"]
        if cc == "US":
            return rng.choice(["%s, %s" % (a["town"], a["state"]), "%s, %s %s" % (a["town"], a["state"], a["postcode"])])
        return rng.choice([a["town"], a["postcode"] + " " + a["town"]])


def _handle(self):
    def mk():
        gi = re.sub(r"[^a-z]", "", ascii_fold(self.given).lower())
        return "@" + self.g.rng.choice([gi, gi + "." + ascii_fold(self.surname)[0].lower(),
                                         gi + "_" + str(self.g.rng.randint(1, 99)), gi[:4] + "z"])
    return self._once("handle", mk)


Person.handle = property(_handle)
