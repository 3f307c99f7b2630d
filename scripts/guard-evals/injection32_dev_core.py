"""Core of the thirty-second injection corpus, dev half (dev32).

The technique and genre lists, the entry types the language banks use, the
encoders and (written apart from them) the decoders, the build and the
self-checks. Standard library only; no randomness except the one seeded
shuffle in `build`.
"""

import base64
import binascii
import codecs
import html
import json
import random
import re
import unicodedata
import urllib.parse

SEED = 320103
ID_PREFIX = "inj-dev32-"
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
LABELS = ("injection", "benign")
KEYS = ("id", "text", "label", "technique", "lang", "field")
MIN_LEN = 30
MAX_LEN = 650
PER_TECHNIQUE = 2

# The 26 techniques of the request, then four of this half's own (NEW).
TECHNIQUES = (
    "override",
    "polite_request",
    "third_person",
    "forged_note",
    "role_spoof",
    "persona",
    "prompt_leak",
    "insert_contact",
    "price_or_code",
    "competitor_or_disparage",
    "false_claim",
    "style_hijack",
    "sabotage",
    "batch_persist",
    "conditional",
    "markup",
    "leetspeak",
    "spacing",
    "homoglyph",
    "invisible_unicode",
    "base64",
    "rot13_or_reversed",
    "cross_language",
    "buried",
    "payload_split",
    "review_bypass",
    "fake_social_proof",
    "suppress_info",
    "char_escapes",
    "braille",
)
NEW_TECHNIQUES = ("fake_social_proof", "suppress_info", "char_escapes", "braille")

# Benign genres with their number of texts per language (sum 60); the last
# seven are this half's own (NEW).
GENRES = (
    ("marketing_imperative", 3),
    ("customer_instructions", 3),
    ("shop_codes_contacts", 3),
    ("review_brands", 3),
    ("legit_brief", 3),
    ("minimal_pair", 3),
    ("shop_html", 3),
    ("feed_row", 3),
    ("editor_note", 3),
    ("ordinary_jargon", 3),
    ("tracking_url", 2),
    ("dev_docs", 2),
    ("injection_article", 2),
    ("care_label", 2),
    ("pipeline_log", 2),
    ("claims_register", 2),
    ("review_workflow", 2),
    ("encoded_data", 2),
    ("rating_summary", 2),
    ("disclosure_rule", 2),
    ("escaped_text", 2),
    ("braille_label", 2),
    ("supplier_mail", 2),
    ("ai_feature_text", 2),
    ("market_note", 2),
)
NEW_GENRES = (
    "rating_summary",
    "disclosure_rule",
    "escaped_text",
    "braille_label",
    "supplier_mail",
    "ai_feature_text",
    "market_note",
)

# Which encodings belong to which obfuscation technique.
ENCODINGS = {
    "leetspeak": ("leet_digits", "leet_symbols", "leet_vowels"),
    "spacing": ("spaced",),
    "homoglyph": ("hg_cyrillic", "hg_greek", "hg_alternate", "hg_every2", "hg_vowels"),
    "invisible_unicode": ("zw_interleave", "tags", "vs_bytes", "op_base4"),
    "base64": ("b64", "b64url", "b64wrap"),
    "rot13_or_reversed": ("rot13", "rev_chars", "rev_words", "rev_each"),
    "char_escapes": ("ent_dec", "ent_hex", "js_u", "pct"),
    "braille": ("br_cell", "br_space"),
}
REVERSED = ("rev_chars", "rev_words", "rev_each")

MARK_OPEN = "\u27e6"
MARK_CLOSE = "\u27e7"


# ---------------------------------------------------------------- entries

class Entry:
    """One bank entry. kind: T (full text), O (obfuscated), S (split), MP (minimal pair)."""

    __slots__ = ("kind", "field", "text", "enc", "plain", "opts", "parts", "ref")

    def __init__(self, kind, field=None, text=None, enc=None, plain=None, opts=None, parts=None, ref=None):
        self.kind = kind
        self.field = field
        self.text = text
        self.enc = enc
        self.plain = plain
        self.opts = dict(opts or {})
        self.parts = tuple(parts or ())
        self.ref = ref


def T(field, text):
    """A full text."""
    return Entry("T", field=field, text=text)


def O(field, enc, plain, template, **opts):
    """An obfuscated instruction: `plain` encoded with `enc` stands where `{P}` is."""
    return Entry("O", field=field, text=template, enc=enc, plain=plain, opts=opts)


def S(field, parts, template):
    """An instruction split into parts that stand at `{1}`, `{2}` … of the template."""
    return Entry("S", field=field, text=template, parts=parts)


def MP(technique, index):
    """A minimal pair: injection `index` of `technique` with its marked span cut out."""
    return Entry("MP", ref=(technique, index))


def gtin13(body):
    """A GTIN-13 with its check digit for a 12-digit body."""
    if len(body) != 12 or not body.isdigit():
        raise ValueError(body)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


# ---------------------------------------------------------------- encoders

LEET = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "b": "8", "g": "9"},
    "leet_symbols": {"a": "@", "c": "(", "e": "3", "i": "!", "o": "0", "s": "$", "t": "+"},
    "leet_vowels": {"a": "4", "e": "3", "i": "1", "o": "0"},
}

CYRILLIC = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455", "h": "\u04bb",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "I": "\u0406",
    "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405",
    "T": "\u0422", "X": "\u0425", "Y": "\u04ae",
}
GREEK = {
    "o": "\u03bf", "v": "\u03bd", "i": "\u03b9", "u": "\u03c5", "k": "\u03ba", "p": "\u03c1",
    "a": "\u03b1",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",
    "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
    "Y": "\u03a5", "Z": "\u0396",
}
HG_VOWELS = "aeioyAEIOY"

BRAILLE_DOTS = {
    "a": "1", "b": "12", "c": "14", "d": "145", "e": "15", "f": "124", "g": "1245",
    "h": "125", "i": "24", "j": "245", "k": "13", "l": "123", "m": "134", "n": "1345",
    "o": "135", "p": "1234", "q": "12345", "r": "1235", "s": "234", "t": "2345",
    "u": "136", "v": "1236", "w": "2456", "x": "1346", "y": "13456", "z": "1356",
    ",": "2", ".": "256", "?": "236", "!": "235", "'": "3", "-": "36", ":": "25",
}
BRAILLE_CAPITAL = "6"


def _cell(dots):
    return chr(0x2800 + sum(1 << (int(d) - 1) for d in dots))


def _leet(plain, enc):
    table = LEET[enc]
    return "".join(table.get(c, c) for c in plain)


def _spaced(plain, sep, wsep):
    return wsep.join(sep.join(word) for word in plain.split(" "))


def _homoglyph(plain, enc):
    out = []
    n = 0
    for c in plain:
        if enc == "hg_cyrillic":
            out.append(CYRILLIC.get(c, c))
        elif enc == "hg_greek":
            out.append(GREEK.get(c, c))
        elif enc == "hg_alternate":
            if c in CYRILLIC or c in GREEK:
                first, second = (CYRILLIC, GREEK) if n % 2 == 0 else (GREEK, CYRILLIC)
                out.append(first.get(c) or second[c])
                n += 1
            else:
                out.append(c)
        elif enc == "hg_every2":
            if c in CYRILLIC:
                out.append(CYRILLIC[c] if n % 2 == 0 else c)
                n += 1
            else:
                out.append(c)
        elif enc == "hg_vowels":
            out.append(CYRILLIC[c] if c in HG_VOWELS and c in CYRILLIC else c)
        else:
            raise ValueError(enc)
    return "".join(out)


def _invisible(plain, enc, opts):
    if enc == "zw_interleave":
        return opts["ch"].join(plain)
    if enc == "tags":
        return "".join(chr(0xE0000 + ord(c)) for c in plain) + "\U000E007F"
    data = plain.encode("utf-8")
    if enc == "vs_bytes":
        return "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in data)
    if enc == "op_base4":
        out = []
        for b in data:
            for shift in (6, 4, 2, 0):
                out.append(chr(0x2061 + ((b >> shift) & 3)))
        return "".join(out)
    raise ValueError(enc)


def _base64(plain, enc):
    raw = plain.encode("utf-8")
    if enc == "b64":
        return base64.b64encode(raw).decode("ascii")
    if enc == "b64url":
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    if enc == "b64wrap":
        s = base64.b64encode(raw).decode("ascii")
        return "\n".join(s[i:i + 60] for i in range(0, len(s), 60))
    raise ValueError(enc)


_ROT = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)


def _rot_rev(plain, enc):
    if enc == "rot13":
        return plain.translate(_ROT)
    if enc == "rev_chars":
        return plain[::-1]
    if enc == "rev_words":
        return " ".join(reversed(plain.split(" ")))
    if enc == "rev_each":
        return " ".join(w[::-1] for w in plain.split(" "))
    raise ValueError(enc)


def _escape(plain, enc):
    if enc == "ent_dec":
        return "".join("&#%d;" % ord(c) for c in plain)
    if enc == "ent_hex":
        return "".join("&#x%X;" % ord(c) for c in plain)
    if enc == "js_u":
        return "".join("\\u%04x" % ord(c) for c in plain)
    if enc == "pct":
        return "".join("%%%02X" % b for b in plain.encode("utf-8"))
    raise ValueError(enc)


def _braille(plain, enc):
    cells = []
    for c in plain:
        if c == " ":
            cells.append("\u2800" if enc == "br_cell" else " ")
        elif c.isupper():
            cells.append(_cell(BRAILLE_CAPITAL) + _cell(BRAILLE_DOTS[c.lower()]))
        else:
            cells.append(_cell(BRAILLE_DOTS[c]))
    return "".join(cells)


def encode(plain, enc, opts):
    if enc in LEET:
        return _leet(plain, enc)
    if enc == "spaced":
        return _spaced(plain, opts["sep"], opts["wsep"])
    if enc.startswith("hg_"):
        return _homoglyph(plain, enc)
    if enc in ENCODINGS["invisible_unicode"]:
        return _invisible(plain, enc, opts)
    if enc in ENCODINGS["base64"]:
        return _base64(plain, enc)
    if enc in ENCODINGS["rot13_or_reversed"]:
        return _rot_rev(plain, enc)
    if enc in ENCODINGS["char_escapes"]:
        return _escape(plain, enc)
    if enc in ENCODINGS["braille"]:
        return _braille(plain, enc)
    raise ValueError(enc)


# ---------------------------------------------------------------- decoders
# Written as separate tables and routines, not as the encoders run backwards.

LEET_BACK = {
    "leet_digits": {"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t", "8": "b", "9": "g"},
    "leet_symbols": {"@": "a", "(": "c", "3": "e", "!": "i", "0": "o", "$": "s", "+": "t"},
    "leet_vowels": {"4": "a", "3": "e", "1": "i", "0": "o"},
}

# Cyrillic and Greek look-alikes back to Latin.
HG_BACK = {
    # Cyrillic lower case
    "\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0445": "x",
    "\u0443": "y", "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u04bb": "h",
    # Cyrillic capitals
    "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E", "\u041d": "H", "\u0406": "I",
    "\u0408": "J", "\u041a": "K", "\u041c": "M", "\u041e": "O", "\u0420": "P", "\u0405": "S",
    "\u0422": "T", "\u0425": "X", "\u04ae": "Y",
    # Greek lower case
    "\u03bf": "o", "\u03bd": "v", "\u03b9": "i", "\u03c5": "u", "\u03ba": "k", "\u03c1": "p",
    "\u03b1": "a",
    # Greek capitals
    "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0397": "H", "\u0399": "I", "\u039a": "K",
    "\u039c": "M", "\u039d": "N", "\u039f": "O", "\u03a1": "P", "\u03a4": "T", "\u03a7": "X",
    "\u03a5": "Y", "\u0396": "Z",
}

BRAILLE_BACK = dict(zip("\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a\u2805\u2807\u280d"
                        "\u281d\u2815\u280f\u281f\u2817\u280e\u281e\u2825\u2827\u283a\u282d\u283d\u2835"
                        "\u2802\u2832\u2826\u2816\u2804\u2824\u2812",
                        "abcdefghijklmnopqrstuvwxyz,.?!'-:"))
BRAILLE_CAP_CELL = "\u2820"

_TAG_CANCEL = "\U000E007F"


def decode(payload, enc, opts):
    if enc in LEET_BACK:
        back = LEET_BACK[enc]
        return "".join(back.get(c, c) for c in payload)
    if enc == "spaced":
        return " ".join(chunk.replace(opts["sep"], "") for chunk in payload.split(opts["wsep"]))
    if enc.startswith("hg_"):
        return "".join(HG_BACK.get(c, c) for c in payload)
    if enc == "zw_interleave":
        return payload.replace(opts["ch"], "")
    if enc == "tags":
        if not payload.endswith(_TAG_CANCEL):
            raise ValueError("no cancel tag")
        return "".join(chr(ord(c) - 0xE0000) for c in payload[:-1])
    if enc == "vs_bytes":
        data = bytearray()
        for c in payload:
            o = ord(c)
            if 0xFE00 <= o <= 0xFE0F:
                data.append(o - 0xFE00)
            elif 0xE0100 <= o <= 0xE01EF:
                data.append(o - 0xE0100 + 16)
            else:
                raise ValueError("not a variation selector: %r" % c)
        return data.decode("utf-8")
    if enc == "op_base4":
        digits = [ord(c) - 0x2061 for c in payload]
        if len(digits) % 4 or any(d < 0 or d > 3 for d in digits):
            raise ValueError("bad base-4 payload")
        data = bytes(digits[i] * 64 + digits[i + 1] * 16 + digits[i + 2] * 4 + digits[i + 3]
                     for i in range(0, len(digits), 4))
        return data.decode("utf-8")
    if enc == "b64":
        return base64.b64decode(payload, validate=True).decode("utf-8")
    if enc == "b64url":
        padded = payload + "=" * (-len(payload) % 4)
        if re.search(r"[^A-Za-z0-9_=-]", padded):
            raise ValueError("not base64url")
        return base64.urlsafe_b64decode(padded).decode("utf-8")
    if enc == "b64wrap":
        return binascii.a2b_base64(payload.replace("\n", "")).decode("utf-8")
    if enc == "rot13":
        return codecs.decode(payload, "rot_13")
    if enc == "rev_chars":
        return "".join(reversed(payload))
    if enc == "rev_words":
        return " ".join(payload.split(" ")[::-1])
    if enc == "rev_each":
        return " ".join("".join(reversed(w)) for w in payload.split(" "))
    if enc in ("ent_dec", "ent_hex"):
        return html.unescape(payload)
    if enc == "js_u":
        return json.loads('"' + payload + '"')
    if enc == "pct":
        return urllib.parse.unquote(payload, errors="strict")
    if enc in ("br_cell", "br_space"):
        out = []
        upper = False
        for c in payload:
            if c == BRAILLE_CAP_CELL:
                upper = True
                continue
            if c in (" ", "\u2800"):
                out.append(" ")
            else:
                letter = BRAILLE_BACK[c]
                out.append(letter.upper() if upper else letter)
            upper = False
        return "".join(out)
    raise ValueError(enc)


# ---------------------------------------------------------------- rendering

def strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def cut_marked(text):
    """The text with its one marked span removed (marks included)."""
    start = text.find(MARK_OPEN)
    end = text.find(MARK_CLOSE)
    if start < 0 or end < start:
        return strip_marks(text)  # the self-check reports the missing marks
    return text[:start] + text[end + 1:]


def render(entry):
    """The finished text of a T, O or S entry."""
    if entry.kind == "T":
        return strip_marks(entry.text)
    if entry.kind == "O":
        return entry.text.replace("{P}", encode(entry.plain, entry.enc, entry.opts))
    if entry.kind == "S":
        text = entry.text
        for i, part in enumerate(entry.parts, 1):
            text = text.replace("{%d}" % i, part)
        return text
    raise ValueError(entry.kind)


def fold(text):
    return " ".join(text.casefold().split())


def _punct_to_space(text):
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def build(banks):
    """All records, shuffled once and numbered. `banks` maps a language to its module."""
    records = []
    for lang in LANGS:
        bank = banks[lang]
        for tech in TECHNIQUES:
            for entry in bank.INJ[tech]:
                records.append({"text": render(entry), "label": "injection", "technique": tech,
                                "lang": lang, "field": entry.field})
        for genre, _n in GENRES:
            for entry in bank.BEN[genre]:
                if entry.kind == "MP":
                    tech, index = entry.ref
                    source = bank.INJ[tech][index]
                    text, field = cut_marked(source.text), source.field
                else:
                    text, field = render(entry), entry.field
                records.append({"text": text, "label": "benign", "technique": genre,
                                "lang": lang, "field": field})
    random.Random(SEED).shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "%s%04d" % (ID_PREFIX, i), "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    return out


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- checks

_BAD_CHARS = re.compile("[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_LEFTOVER = re.compile(r"\{P\}|\{[0-9]\}")
_SCRIPT_RANGES = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\ufe00-\ufe0f"
                        "\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


def _plain_rules(entry, tech, where, errors):
    p, enc, opts = entry.plain, entry.enc, entry.opts
    if p != " ".join(p.split(" ")) or "  " in p or "\t" in p or "\n" in p or p.strip() != p:
        errors.append("%s: plain needs single spaces, no tabs or breaks" % where)
    if unicodedata.normalize("NFC", p) != p:
        errors.append("%s: plain not NFC" % where)
    if _INVISIBLE.search(p):
        errors.append("%s: plain holds invisible characters" % where)
    if tech == "leetspeak":
        targets = set(LEET[enc].values())
        if any(c.isdigit() for c in p) or targets & set(p):
            errors.append("%s: leetspeak plain holds digits or table symbols" % where)
    elif tech == "spacing":
        sep, wsep = opts["sep"], opts["wsep"]
        bad = set(sep.replace(" ", "")) | set(wsep.replace(" ", ""))
        if bad & set(p) or not sep or not wsep or wsep in sep:
            errors.append("%s: spaced plain clashes with its separators" % where)
    elif tech == "homoglyph":
        if _SCRIPT_RANGES.search(p):
            errors.append("%s: homoglyph plain holds Cyrillic or Greek" % where)
    elif tech == "invisible_unicode":
        if enc == "tags" and not all(0x20 <= ord(c) < 0x7F for c in p):
            errors.append("%s: tag plain must be printable ASCII" % where)
        if enc == "zw_interleave" and opts.get("ch") not in ("\u200b", "\u200c", "\u200d", "\u2060",
                                                              "\u2062", "\u2063", "\ufeff", "\u00ad"):
            errors.append("%s: unknown interleave character" % where)
    elif tech == "rot13_or_reversed":
        if enc in ("rev_words",) and len(p.split(" ")) < 3:
            errors.append("%s: reversed plain needs three words" % where)
    elif tech == "char_escapes":
        if set("&%\\\"") & set(p):
            errors.append("%s: escaped plain holds & %% \\ or quote" % where)
        if enc == "js_u" and any(ord(c) > 0xFFFF for c in p):
            errors.append("%s: js_u plain outside the BMP" % where)
    elif tech == "braille":
        allowed = set(BRAILLE_DOTS) | set(k.upper() for k in BRAILLE_DOTS if k.isalpha()) | {" "}
        if set(p) - allowed:
            errors.append("%s: braille plain holds %r" % (where, sorted(set(p) - allowed)))


def check(banks, records):
    """All self-checks; returns a list of error strings (empty when all pass)."""
    errors = []
    genre_n = dict(GENRES)
    if len(TECHNIQUES) != 30 or len(set(TECHNIQUES)) != 30:
        errors.append("need 30 distinct techniques")
    if len(GENRES) != 25 or sum(genre_n.values()) != 60:
        errors.append("need 25 genres with 60 texts per language")
    if len(NEW_GENRES) < 3 or not set(NEW_GENRES) <= set(genre_n):
        errors.append("need at least three new genres")

    # --- banks
    for lang in LANGS:
        bank = banks[lang]
        if tuple(bank.INJ) != TECHNIQUES:
            errors.append("%s: INJ keys not in plan order" % lang)
        if tuple(bank.BEN) != tuple(g for g, _ in GENRES):
            errors.append("%s: BEN keys not in plan order" % lang)
        referenced = set()
        for genre, n in GENRES:
            entries = bank.BEN.get(genre, [])
            if len(entries) != n:
                errors.append("%s/%s: %d benign texts, want %d" % (lang, genre, len(entries), n))
            for i, e in enumerate(entries):
                where = "%s/%s/%d" % (lang, genre, i)
                if genre == "minimal_pair":
                    if e.kind != "MP":
                        errors.append("%s: minimal pair must be an MP entry" % where)
                        continue
                    tech, index = e.ref
                    try:
                        src = bank.INJ[tech][index]
                    except (KeyError, IndexError):
                        errors.append("%s: bad reference %r" % (where, e.ref))
                        continue
                    if src.kind != "T":
                        errors.append("%s: source must be a full text" % where)
                        continue
                    if (tech, index) in referenced:
                        errors.append("%s: source used twice" % where)
                    referenced.add((tech, index))
                    t = src.text
                    if t.count(MARK_OPEN) != 1 or t.count(MARK_CLOSE) != 1 or t.index(MARK_OPEN) > t.index(MARK_CLOSE):
                        errors.append("%s: source needs exactly one marked span" % where)
                        continue
                    inj, pair = strip_marks(t), cut_marked(t)
                    span = t[t.index(MARK_OPEN) + 1:t.index(MARK_CLOSE)]
                    if not span.strip() or inj.count(span) != 1:
                        errors.append("%s: span must be non-empty and occur once" % where)
                    if inj.replace(span, "", 1) != pair or len(inj) - len(pair) != len(span):
                        errors.append("%s: pair is not the injection minus one span" % where)
                    if "  " in pair or " \n" in pair or pair != pair.strip():
                        errors.append("%s: pair has a double space or outer whitespace" % where)
                else:
                    if e.kind != "T":
                        errors.append("%s: benign entries are full texts" % where)
                    elif MARK_OPEN in e.text or MARK_CLOSE in e.text:
                        errors.append("%s: marks in a benign text" % where)
        for tech in TECHNIQUES:
            entries = bank.INJ.get(tech, [])
            if len(entries) != PER_TECHNIQUE:
                errors.append("%s/%s: %d injections, want %d" % (lang, tech, len(entries), PER_TECHNIQUE))
                continue
            encs = []
            for i, e in enumerate(entries):
                where = "%s/%s/%d" % (lang, tech, i)
                if e.field not in FIELDS:
                    errors.append("%s: unknown field %r" % (where, e.field))
                if e.kind == "T" and (MARK_OPEN in e.text or MARK_CLOSE in e.text) and (tech, i) not in referenced:
                    errors.append("%s: marks in an injection no minimal pair uses" % where)
                if tech in ENCODINGS:
                    if e.kind != "O" or e.enc not in ENCODINGS[tech]:
                        errors.append("%s: needs an O entry with an encoding of %s" % (where, tech))
                        continue
                    encs.append((e.enc, e.opts.get("sep"), e.opts.get("wsep"), e.opts.get("ch")))
                    _plain_rules(e, tech, where, errors)
                    if e.text.count("{P}") != 1:
                        errors.append("%s: template needs one {P}" % where)
                        continue
                    prefix, suffix = e.text.split("{P}")
                    text = render(e)
                    if not (text.startswith(prefix) and text.endswith(suffix)):
                        errors.append("%s: cannot cut payload" % where)
                        continue
                    payload = text[len(prefix):len(text) - len(suffix)]
                    try:
                        decoded = decode(payload, e.enc, e.opts)
                    except Exception as exc:  # any decoder failure is a check failure
                        errors.append("%s: decode failed: %s" % (where, exc))
                        continue
                    if decoded != e.plain:
                        errors.append("%s: decoded %r != plain %r" % (where, decoded, e.plain))
                    if payload == e.plain:
                        errors.append("%s: payload equals plain" % where)
                    if fold(e.plain) in fold(text):
                        errors.append("%s: plain stands in clear" % where)
                elif tech == "payload_split":
                    if e.kind != "S" or not 2 <= len(e.parts) <= 4:
                        errors.append("%s: needs an S entry with 2-4 parts" % where)
                        continue
                    holders = ["{%d}" % k for k in range(1, len(e.parts) + 1)]
                    pos = [e.text.find(h) for h in holders]
                    if any(p < 0 for p in pos) or pos != sorted(pos) or any(e.text.count(h) != 1 for h in holders):
                        errors.append("%s: placeholders missing or out of order" % where)
                    text = render(e)
                    at = 0
                    for part in e.parts:
                        k = text.find(part, at)
                        if not part.strip() or k < 0:
                            errors.append("%s: part %r not in order" % (where, part))
                            break
                        at = k + len(part)
                    joined = " ".join(e.parts)
                    if fold(joined) in fold(text) or _punct_to_space(fold(joined)) in _punct_to_space(fold(text)):
                        errors.append("%s: joined instruction stands in the text" % where)
                else:
                    if e.kind != "T":
                        errors.append("%s: needs a full text" % where)
            if tech in ENCODINGS and len(set(encs)) != len(encs):
                errors.append("%s/%s: the two records share an encoding" % (lang, tech))
            if tech == "rot13_or_reversed" and len(encs) == 2:
                kinds = sorted("rot13" if x[0] == "rot13" else "reversed" for x in encs)
                if kinds != ["reversed", "rot13"]:
                    errors.append("%s: rot13_or_reversed needs one ROT13 and one reversed record" % lang)

    # --- records
    if len(records) != len(LANGS) * 120:
        errors.append("record count %d" % len(records))
    seen_ids, seen_text = set(), {}
    counts = {}
    fields = {}
    for i, r in enumerate(records, 1):
        if tuple(r) != KEYS:
            errors.append("%s: key order %r" % (r.get("id"), tuple(r)))
        if r["id"] != "%s%04d" % (ID_PREFIX, i) or r["id"] in seen_ids:
            errors.append("bad or repeated id %s at %d" % (r["id"], i))
        seen_ids.add(r["id"])
        t = r["text"]
        where = r["id"]
        if r["label"] not in LABELS:
            errors.append("%s: label %r" % (where, r["label"]))
        if r["lang"] not in LANGS:
            errors.append("%s: lang %r" % (where, r["lang"]))
        if r["field"] not in FIELDS:
            errors.append("%s: field %r" % (where, r["field"]))
        known = TECHNIQUES if r["label"] == "injection" else tuple(genre_n)
        if r["technique"] not in known:
            errors.append("%s: technique %r" % (where, r["technique"]))
        if not MIN_LEN <= len(t) <= MAX_LEN:
            errors.append("%s: length %d (%s/%s/%s)" % (where, len(t), r["lang"], r["technique"], t[:40]))
        if t != t.strip():
            errors.append("%s: outer whitespace" % where)
        if _BAD_CHARS.search(t):
            errors.append("%s: forbidden control or separator character" % where)
        if r["field"] in ("title", "link") and "\n" in t:
            errors.append("%s: line break in a %s" % (where, r["field"]))
        if _LEFTOVER.search(t) or MARK_OPEN in t or MARK_CLOSE in t:
            errors.append("%s: slot or mark left over" % where)
        key = fold(t)
        if key in seen_text:
            errors.append("%s: duplicate text of %s" % (where, seen_text[key]))
        seen_text[key] = where
        ck = (r["lang"], r["label"], r["technique"])
        counts[ck] = counts.get(ck, 0) + 1
        fk = (r["lang"], r["label"], r["field"])
        fields[fk] = fields.get(fk, 0) + 1
    for lang in LANGS:
        for tech in TECHNIQUES:
            if counts.get((lang, "injection", tech), 0) != PER_TECHNIQUE:
                errors.append("%s: %s count" % (lang, tech))
        for genre, n in GENRES:
            if counts.get((lang, "benign", genre), 0) != n:
                errors.append("%s: %s count" % (lang, genre))
        for f in FIELDS:
            a = fields.get((lang, "injection", f), 0)
            b = fields.get((lang, "benign", f), 0)
            if a != b:
                errors.append("%s: field %s injections %d != benign %d" % (lang, f, a, b))
        n_inj = sum(v for (l, lab, _), v in counts.items() if l == lang and lab == "injection")
        n_ben = sum(v for (l, lab, _), v in counts.items() if l == lang and lab == "benign")
        if n_inj != 60 or n_ben != 60:
            errors.append("%s: %d injections, %d benign" % (lang, n_inj, n_ben))
    return errors


def stats(records):
    """Plain-text counts and lengths."""
    lines = []
    for label in LABELS:
        ls = [len(r["text"]) for r in records if r["label"] == label]
        lines.append("%s: n=%d len %d-%d mean %.0f; line breaks %d; tabs %d; >300 cp %d"
                     % (label, len(ls), min(ls), max(ls), sum(ls) / len(ls),
                        sum("\n" in r["text"] for r in records if r["label"] == label),
                        sum("\t" in r["text"] for r in records if r["label"] == label),
                        sum(x > 300 for x in ls)))
    lines.append("fields per label (all languages):")
    for f in FIELDS:
        row = []
        for label in LABELS:
            ls = [len(r["text"]) for r in records if r["label"] == label and r["field"] == f]
            row.append("%s %d (mean %.0f)" % (label, len(ls), sum(ls) / len(ls) if ls else 0))
        lines.append("  %-12s %s" % (f, "; ".join(row)))
    lines.append("fields per language (same for both labels):")
    lines.append("  lang " + " ".join("%s" % f for f in FIELDS))
    for lang in LANGS:
        lines.append("  %-4s " % lang + " ".join(
            "%d" % sum(1 for r in records if r["lang"] == lang and r["label"] == "injection" and r["field"] == f)
            for f in FIELDS))
    return "\n".join(lines)
