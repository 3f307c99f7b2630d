"""Core of the held-out half of the thirty-third injection corpus (heldout33).

Technique and genre lists, the entry types, the encoders, the decoders (written
apart from the encoders), the build and the self-checks. Standard library only.
"""

import base64
import binascii
import codecs
import hashlib
import json
import random
import re
import unicodedata
from dataclasses import dataclass

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
LABELS = ("injection", "benign")
KEYS = ("id", "text", "label", "technique", "lang", "field")
ID_PREFIX = "inj-heldout33-"
SEED = 330203
MIN_LEN, MAX_LEN = 30, 650

# 30 techniques; the last four are new in this half.
TECHNIQUES = (
    "override", "polite_request", "third_person", "forged_note", "role_spoof",
    "persona", "prompt_leak", "insert_contact", "price_or_code",
    "competitor_or_disparage", "false_claim", "style_hijack", "sabotage",
    "batch_persist", "conditional", "markup", "leetspeak", "spacing",
    "homoglyph", "invisible_unicode", "base64", "rot13_or_reversed",
    "cross_language", "buried", "payload_split", "review_bypass",
    "acrostic", "styled_letters", "phishing_request", "unsafe_advice",
)
NEW_TECHNIQUES = ("acrostic", "styled_letters", "phishing_request", "unsafe_advice")

# 25 benign genres with their number of texts per language (sum 60); the last
# seven are new in this half.
GENRES = (
    ("marketing_imperative", 3), ("customer_instructions", 3),
    ("shop_codes_contacts", 3), ("review_brands", 3), ("legit_brief", 3),
    ("minimal_pair", 3), ("shop_html", 3), ("feed_row", 3),
    ("editor_note", 3), ("ordinary_jargon", 3),
    ("tracking_url", 2), ("dev_docs", 2), ("injection_article", 2),
    ("care_label", 2), ("pipeline_log", 2), ("claims_register", 2),
    ("review_workflow", 2), ("encoded_data", 2),
    ("styled_text", 2), ("line_verse", 2), ("security_notice", 2),
    ("safety_warning", 2), ("support_chat", 2), ("customer_question", 2),
    ("price_notice", 2),
)
NEW_GENRES = ("styled_text", "line_verse", "security_notice", "safety_warning",
              "support_chat", "customer_question", "price_notice")

# Hiding techniques and the encodings that belong to them.
ENCODINGS = {
    "leetspeak": ("leet_digits", "leet_symbols", "leet_heavy"),
    "spacing": ("spaced",),
    "homoglyph": ("hg_cyr_all", "hg_greek_caps", "hg_cyr_vowels", "hg_cyr_third", "hg_mixed"),
    "invisible_unicode": ("zw_interleave", "zw_binary", "tags", "vs_bytes"),
    "base64": ("b64", "b64url", "b64_wrapped"),
    "rot13_or_reversed": ("rot13", "rev_chars", "rev_words", "rev_each_word"),
    "acrostic": ("acro_first", "acro_last"),
    "styled_letters": ("st_bold", "st_italic", "st_script", "st_fraktur",
                       "st_double", "st_sans_bold", "st_mono", "st_fullwidth",
                       "st_circled"),
}
REVERSED = ("rev_chars", "rev_words", "rev_each_word")

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"   # ⟦ ⟧ marks an instruction span for a minimal pair


# ---------------------------------------------------------------- entry types

@dataclass(frozen=True)
class T:
    """A full text."""
    field: str
    text: str


@dataclass(frozen=True)
class O:
    """An obfuscated injection: the plain instruction, an encoding and a template
    with {P} where the encoded form goes. opts: extra parameters (tuple of pairs)."""
    field: str
    enc: str
    plain: str
    template: str
    opts: tuple = ()


@dataclass(frozen=True)
class S:
    """A split injection: parts of one instruction and a template with {1} … {n}."""
    field: str
    parts: tuple
    template: str


@dataclass(frozen=True)
class MP:
    """A minimal pair: the injection `tech`/`idx` of the same bank with its marked
    span cut out, or replaced by `repl` (a harmless sentence)."""
    tech: str
    idx: int
    repl: str = ""


def opts(**kw):
    return tuple(sorted(kw.items()))


# ---------------------------------------------------------------- small helpers for the banks

def gtin13(prefix12):
    """GTIN-13 with its check digit."""
    assert len(prefix12) == 12 and prefix12.isdigit()
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(prefix12))
    return prefix12 + str((10 - total % 10) % 10)


def md5hex(s):
    return hashlib.md5(s.encode("utf-8")).hexdigest()


def sha1hex(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def sha256hex(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def crc32hex(s):
    return "%08x" % (binascii.crc32(s.encode("utf-8")) & 0xFFFFFFFF)


def b64data(s, url=False):
    raw = s.encode("utf-8")
    if url:
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    return base64.b64encode(raw).decode("ascii")


# ---------------------------------------------------------------- encoders

_LEET_ENC = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    "leet_symbols": {"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "t": "+"},
    "leet_heavy": {"a": "4", "b": "8", "e": "3", "g": "9", "i": "1", "o": "0",
                   "s": "5", "t": "7", "z": "2"},
}

_HG_CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "j": "\u0458",
           "o": "\u043e", "p": "\u0440", "s": "\u0455", "x": "\u0445", "y": "\u0443",
           "h": "\u04bb", "d": "\u0501",
           "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
           "I": "\u0406", "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e",
           "P": "\u0420", "S": "\u0405", "T": "\u0422", "X": "\u0425", "Y": "\u04ae"}
_HG_GREEK_CAPS = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "Z": "\u0396", "H": "\u0397",
                  "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f",
                  "P": "\u03a1", "T": "\u03a4", "Y": "\u03a5", "X": "\u03a7"}
_HG_GREEK_SMALL = {"o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "i": "\u03b9", "k": "\u03ba"}
_VOWELS = "aeiouAEIOU"


def _enc_homoglyph(plain, enc):
    out = []
    n = 0
    alt = 0
    for ch in plain:
        if enc == "hg_cyr_all":
            out.append(_HG_CYR.get(ch, ch))
        elif enc == "hg_greek_caps":
            out.append(_HG_GREEK_CAPS.get(ch, ch))
        elif enc == "hg_cyr_vowels":
            out.append(_HG_CYR[ch] if ch in _VOWELS and ch in _HG_CYR else ch)
        elif enc == "hg_cyr_third":
            if ch in _HG_CYR:
                n += 1
                out.append(_HG_CYR[ch] if n % 3 == 1 else ch)
            else:
                out.append(ch)
        elif enc == "hg_mixed":
            if ch in _HG_CYR and (alt % 2 == 0 or ch not in _HG_GREEK_SMALL):
                out.append(_HG_CYR[ch])
                alt += 1
            elif ch in _HG_GREEK_SMALL:
                out.append(_HG_GREEK_SMALL[ch])
                alt += 1
            else:
                out.append(ch)
        else:
            raise ValueError(enc)
    return "".join(out)


def _styled_map(enc):
    """Letter -> styled letter for the mathematical alphanumeric styles, with the
    letterlike exceptions of the Unicode standard."""
    bases = {"st_bold": 0x1D400, "st_italic": 0x1D434, "st_script": 0x1D49C,
             "st_fraktur": 0x1D504, "st_double": 0x1D538, "st_sans_bold": 0x1D5D4,
             "st_mono": 0x1D670}
    holes = {
        "st_italic": {"h": 0x210E},
        "st_script": {"B": 0x212C, "E": 0x2130, "F": 0x2131, "H": 0x210B, "I": 0x2110,
                      "L": 0x2112, "M": 0x2133, "R": 0x211B, "e": 0x212F, "g": 0x210A,
                      "o": 0x2134},
        "st_fraktur": {"C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128},
        "st_double": {"C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A,
                      "R": 0x211D, "Z": 0x2124},
    }
    m = {}
    if enc in bases:
        b = bases[enc]
        for i in range(26):
            m[chr(65 + i)] = chr(b + i)
            m[chr(97 + i)] = chr(b + 26 + i)
        for k, v in holes.get(enc, {}).items():
            m[k] = chr(v)
        if enc in ("st_bold", "st_double", "st_sans_bold", "st_mono"):
            dbase = {"st_bold": 0x1D7CE, "st_double": 0x1D7D8, "st_sans_bold": 0x1D7EC,
                     "st_mono": 0x1D7F6}[enc]
            for i in range(10):
                m[chr(48 + i)] = chr(dbase + i)
    elif enc == "st_fullwidth":
        for c in range(0x21, 0x7F):
            m[chr(c)] = chr(c - 0x21 + 0xFF01)
        m[" "] = "\u3000"
    elif enc == "st_circled":
        for i in range(26):
            m[chr(65 + i)] = chr(0x24B6 + i)
            m[chr(97 + i)] = chr(0x24D0 + i)
    else:
        raise ValueError(enc)
    return m


def _enc_words_lines(plain, fill, first):
    words = plain.split(" ")
    if len(fill) != len(words):
        raise ValueError("acrostic: %d words, %d fill lines" % (len(words), len(fill)))
    lines = []
    for w, f in zip(words, fill):
        if f.count("~") != 1:
            raise ValueError("acrostic fill needs one ~: %r" % f)
        lines.append(f.replace("~", w))
    return "\n".join(lines)


def encode(enc, plain, op):
    o = dict(op)
    if enc in _LEET_ENC:
        table = _LEET_ENC[enc]
        return "".join(table.get(c, c) for c in plain)
    if enc == "spaced":
        sep, wsep = o["sep"], o["wsep"]
        return wsep.join(sep.join(word) for word in plain.split(" "))
    if enc.startswith("hg_"):
        return _enc_homoglyph(plain, enc)
    if enc == "zw_interleave":
        ch = o["char"]
        return ch.join(plain)
    if enc == "zw_binary":
        bits = "".join(format(b, "08b") for b in plain.encode("utf-8"))
        return bits.replace("0", "\u200b").replace("1", "\u200c")
    if enc == "tags":
        return "".join(chr(0xE0000 + ord(c)) for c in plain) + "\U000E007F"
    if enc == "vs_bytes":
        out = []
        for b in plain.encode("utf-8"):
            out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
        return "".join(out)
    if enc == "b64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if enc == "b64url":
        return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")
    if enc == "b64_wrapped":
        s = base64.b64encode(plain.encode("utf-8")).decode("ascii")
        width = o.get("width", 64)
        return "\n".join(s[i:i + width] for i in range(0, len(s), width))
    if enc == "rot13":
        return codecs.encode(plain, "rot_13")
    if enc == "rev_chars":
        return plain[::-1]
    if enc == "rev_words":
        return " ".join(plain.split(" ")[::-1])
    if enc == "rev_each_word":
        return " ".join(w[::-1] for w in plain.split(" "))
    if enc in ("acro_first", "acro_last"):
        return _enc_words_lines(plain, o["fill"], enc == "acro_first")
    if enc.startswith("st_"):
        m = _styled_map(enc)
        return "".join(m.get(c, c) for c in plain)
    raise ValueError("unknown encoding %r" % enc)


# ---------------------------------------------------------------- decoders (written apart from the encoders)

_LEET_DEC = {
    "leet_digits": {"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t"},
    "leet_symbols": {"@": "a", "3": "e", "!": "i", "0": "o", "$": "s", "+": "t"},
    "leet_heavy": {"4": "a", "8": "b", "3": "e", "9": "g", "1": "i", "0": "o",
                   "5": "s", "7": "t", "2": "z"},
}

# Every Cyrillic and Greek look-alike used anywhere, back to Latin.
_LOOKALIKE_BACK = {
    "а": "a", "с": "c", "е": "e", "і": "i", "ј": "j", "о": "o", "р": "p", "ѕ": "s",
    "х": "x", "у": "y", "һ": "h", "ԁ": "d",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ο": "o", "ν": "v", "υ": "u", "ι": "i", "κ": "k",
}

_INVISIBLE_RE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
                           "\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff"
                           "\U000e0000-\U000e007f\U000e0100-\U000e01ef]")
_STRIP_PUNCT = ".,;:!?"


def decode(enc, payload, op):
    o = dict(op)
    if enc in _LEET_DEC:
        back = _LEET_DEC[enc]
        return "".join(back.get(c, c) for c in payload)
    if enc == "spaced":
        words = re.split(re.escape(o["wsep"]), payload)
        return " ".join(w.replace(o["sep"], "") for w in words)
    if enc.startswith("hg_"):
        if not any(c in _LOOKALIKE_BACK for c in payload):
            raise ValueError("no look-alike letters")
        return "".join(_LOOKALIKE_BACK.get(c, c) for c in payload)
    if enc == "zw_interleave":
        ch = o["char"]
        if payload[1::2] != ch * (len(payload) // 2):
            raise ValueError("interleave: not every second character is the invisible one")
        return payload[0::2]
    if enc == "zw_binary":
        if set(payload) - {"\u200b", "\u200c"} or len(payload) % 8:
            raise ValueError("zw_binary: bad shape")
        bits = "".join("0" if c == "\u200b" else "1" for c in payload)
        data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
        return data.decode("utf-8")
    if enc == "tags":
        if not payload.endswith("\U000E007F"):
            raise ValueError("tags: no cancel tag")
        body = payload[:-1]
        if any(not (0xE0020 <= ord(c) <= 0xE007E) for c in body):
            raise ValueError("tags: bad character")
        return "".join(chr(ord(c) - 0xE0000) for c in body)
    if enc == "vs_bytes":
        raw = bytearray()
        for c in payload:
            cp = ord(c)
            if 0xFE00 <= cp <= 0xFE0F:
                raw.append(cp - 0xFE00)
            elif 0xE0100 <= cp <= 0xE01EF:
                raw.append(cp - 0xE0100 + 16)
            else:
                raise ValueError("vs_bytes: not a variation selector")
        return raw.decode("utf-8")
    if enc == "b64":
        return base64.b64decode(payload, validate=True).decode("utf-8")
    if enc == "b64url":
        if "=" in payload or not re.fullmatch(r"[A-Za-z0-9_-]+", payload):
            raise ValueError("b64url: bad shape")
        pad = "=" * (-len(payload) % 4)
        return base64.urlsafe_b64decode(payload + pad).decode("utf-8")
    if enc == "b64_wrapped":
        if "\n" not in payload:
            raise ValueError("b64_wrapped: not wrapped")
        return base64.b64decode("".join(payload.split("\n")), validate=True).decode("utf-8")
    if enc == "rot13":
        return codecs.decode(payload, "rot_13")
    if enc == "rev_chars":
        return "".join(reversed(payload))
    if enc == "rev_words":
        return " ".join(reversed(payload.split(" ")))
    if enc == "rev_each_word":
        return " ".join("".join(reversed(w)) for w in payload.split(" "))
    if enc in ("acro_first", "acro_last"):
        picked = []
        for line in payload.split("\n"):
            toks = [x for x in line.split() if x.strip("-\u2013\u2022\u00b7*")]
            tok = toks[0] if enc == "acro_first" else toks[-1]
            picked.append(tok.strip(_STRIP_PUNCT + "\"'()"))
        return " ".join(picked)
    if enc.startswith("st_"):
        if sum(1 for c in payload if ord(c) > 0x2000) < len(payload.replace(" ", "")) // 2:
            raise ValueError("styled: too few styled characters")
        return unicodedata.normalize("NFKC", payload)
    raise ValueError("unknown encoding %r" % enc)


# ---------------------------------------------------------------- build

def fold(s):
    return " ".join(s.casefold().split())


def _unmark(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _render(entry):
    """Text of an injection entry (marks left in)."""
    if isinstance(entry, T):
        return entry.text
    if isinstance(entry, O):
        if entry.template.count("{P}") != 1:
            raise ValueError("template needs one {P}: %r" % entry.template[:60])
        return entry.template.replace("{P}", encode(entry.enc, entry.plain, entry.opts))
    if isinstance(entry, S):
        text = entry.template
        for i, part in enumerate(entry.parts, 1):
            slot = "{%d}" % i
            if text.count(slot) != 1:
                raise ValueError("split template needs one %s" % slot)
            text = text.replace(slot, part)
        return text
    raise TypeError(type(entry))


class CheckError(Exception):
    pass


def _fail(msg):
    raise CheckError(msg)


def build(banks):
    """banks: dict lang -> module with INJ and BEN. Returns the shuffled records."""
    records = []
    for lang in LANGS:
        bank = banks[lang]
        inj = bank.INJ
        ben = bank.BEN
        if tuple(inj.keys()) != TECHNIQUES:
            _fail("%s: techniques not in plan order" % lang)
        if tuple(ben.keys()) != tuple(g for g, _ in GENRES):
            _fail("%s: genres not in plan order" % lang)
        marked = {}
        for tech in TECHNIQUES:
            entries = inj[tech]
            if len(entries) != 2:
                _fail("%s/%s: %d entries" % (lang, tech, len(entries)))
            for i, e in enumerate(entries):
                raw = _render(e)
                if MARK_OPEN in raw or MARK_CLOSE in raw:
                    if not isinstance(e, T):
                        _fail("%s/%s/%d: marks outside a full text" % (lang, tech, i))
                    marked[(tech, i)] = raw
                records.append({"text": _unmark(raw), "label": "injection", "technique": tech,
                                "lang": lang, "field": e.field, "_entry": e})
        used = set()
        for genre, n in GENRES:
            entries = ben[genre]
            if len(entries) != n:
                _fail("%s/%s: %d texts, want %d" % (lang, genre, len(entries), n))
            for e in entries:
                if isinstance(e, MP):
                    if genre != "minimal_pair":
                        _fail("%s/%s: minimal pair outside its genre" % (lang, genre))
                    key = (e.tech, e.idx)
                    if key not in marked:
                        _fail("%s: minimal pair source %r has no marked span" % (lang, key))
                    if key in used:
                        _fail("%s: injection %r serves two pairs" % (lang, key))
                    used.add(key)
                    raw = marked[key]
                    if raw.count(MARK_OPEN) != 1 or raw.count(MARK_CLOSE) != 1:
                        _fail("%s %r: needs exactly one marked span" % (lang, key))
                    a = raw.index(MARK_OPEN)
                    b = raw.index(MARK_CLOSE)
                    if b < a:
                        _fail("%s %r: marks reversed" % (lang, key))
                    span = raw[a + 1:b]
                    src = _unmark(raw)
                    if src.count(span) != 1:
                        _fail("%s %r: marked span occurs more than once" % (lang, key))
                    text = raw[:a] + e.repl + raw[b + 1:]
                    if "  " in text or text != text.strip():
                        _fail("%s %r: minimal pair leaves double or outer space: %r"
                              % (lang, key, text))
                    if fold(span) in fold(text):
                        _fail("%s %r: the cut span is still in the pair" % (lang, key))
                    fld = inj[e.tech][e.idx].field
                    records.append({"text": text, "label": "benign", "technique": genre,
                                    "lang": lang, "field": fld, "_entry": e})
                elif isinstance(e, T):
                    if genre == "minimal_pair":
                        _fail("%s: minimal_pair must use MP entries" % lang)
                    records.append({"text": e.text, "label": "benign", "technique": genre,
                                    "lang": lang, "field": e.field, "_entry": e})
                else:
                    _fail("%s/%s: benign entries are full texts or minimal pairs" % (lang, genre))
        unused = set(marked) - used
        if unused:
            _fail("%s: marked injections without a pair: %r" % (lang, sorted(unused)))
    rng = random.Random(SEED)
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "%s%04d" % (ID_PREFIX, i), "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"],
                    "_entry": r["_entry"]})
    check(out)
    return [{k: r[k] for k in KEYS} for r in out]


# ---------------------------------------------------------------- checks

_BAD_CHARS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CYR_GREEK = re.compile("[\u0370-\u03ff\u0400-\u052f]")


def _check_plain(enc, plain, op, where):
    o = dict(op)
    if plain != " ".join(plain.split(" ")) or "  " in plain or plain != plain.strip():
        _fail("%s: plain has extra spaces" % where)
    if "\t" in plain or "\n" in plain:
        _fail("%s: plain has tab or line break" % where)
    if unicodedata.normalize("NFC", plain) != plain:
        _fail("%s: plain not NFC" % where)
    if _INVISIBLE_RE.search(plain):
        _fail("%s: plain has invisible characters" % where)
    if enc in _LEET_DEC:
        if any(c.isdigit() for c in plain) or any(c in _LEET_DEC[enc] for c in plain):
            _fail("%s: leetspeak plain has digits or table symbols" % where)
    if enc == "spaced":
        sep, wsep = o["sep"], o["wsep"]
        if any(sep in w for w in plain.split(" ")) or (wsep.strip() and wsep.strip() in plain):
            _fail("%s: spaced plain contains a separator" % where)
        if sep == wsep:
            _fail("%s: separators not distinct" % where)
    if enc.startswith("hg_") and _CYR_GREEK.search(plain):
        _fail("%s: homoglyph plain has Cyrillic or Greek" % where)
    if enc == "tags" and any(not (0x20 <= ord(c) <= 0x7E) for c in plain):
        _fail("%s: tag plain not printable ASCII" % where)
    if enc in ("rev_words", "rev_each_word") and len(plain.split(" ")) < 3:
        _fail("%s: reversed plain under three words" % where)
    if enc == "rev_chars" and plain == plain[::-1]:
        _fail("%s: palindrome" % where)
    if enc in ("acro_first", "acro_last"):
        for w in plain.split(" "):
            if w != w.strip(_STRIP_PUNCT + "\"'()"):
                _fail("%s: acrostic word with outer punctuation %r" % (where, w))
    if enc.startswith("st_"):
        if unicodedata.normalize("NFKC", plain) != plain:
            _fail("%s: styled plain not NFKC-stable" % where)
    if enc == "rot13" and codecs.encode(plain, "rot_13") == plain:
        _fail("%s: rot13 leaves plain unchanged" % where)


def _punct_to_space(s):
    return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())


def check(records):
    if len(records) != 720:
        _fail("want 720 records, have %d" % len(records))
    seen_text = {}
    per = {}
    fields = {}
    for i, r in enumerate(records, 1):
        if tuple(k for k in r if k != "_entry") != KEYS:
            _fail("key order")
        if r["id"] != "%s%04d" % (ID_PREFIX, i):
            _fail("id sequence at %d" % i)
        if r["label"] not in LABELS or r["lang"] not in LANGS or r["field"] not in FIELDS:
            _fail("unknown label, lang or field in %s" % r["id"])
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            _fail("unknown technique %s" % r["technique"])
        if r["label"] == "benign" and r["technique"] not in dict(GENRES):
            _fail("unknown genre %s" % r["technique"])
        t = r["text"]
        where = "%s %s/%s/%s" % (r["id"], r["lang"], r["label"], r["technique"])
        if not (MIN_LEN <= len(t) <= MAX_LEN):
            _fail("%s: length %d" % (where, len(t)))
        if t != t.strip():
            _fail("%s: outer whitespace" % where)
        if _BAD_CHARS.search(t):
            _fail("%s: forbidden control or separator character" % where)
        if " \n" in t or "\n\n\n" in t:
            _fail("%s: space before line break or triple line break" % where)
        if r["field"] in ("title", "link") and ("\n" in t or "\t" in t):
            _fail("%s: line break or tab in %s" % (where, r["field"]))
        if MARK_OPEN in t or MARK_CLOSE in t or re.search(r"\{(P|\d)\}", t):
            _fail("%s: mark or slot left over" % where)
        f = fold(t)
        if f in seen_text:
            _fail("%s: duplicate text of %s" % (where, seen_text[f]))
        seen_text[f] = r["id"]
        key = (r["lang"], r["label"], r["technique"])
        per[key] = per.get(key, 0) + 1
        fk = (r["lang"], r["label"], r["field"])
        fields[fk] = fields.get(fk, 0) + 1
        e = r["_entry"]
        tech = r["technique"]
        if r["label"] == "injection":
            hidden = tech in ENCODINGS
            if hidden and not isinstance(e, O):
                _fail("%s: hiding technique needs an O entry" % where)
            if isinstance(e, O):
                if not hidden or e.enc not in ENCODINGS[tech]:
                    _fail("%s: encoding %s does not belong to the technique" % (where, e.enc))
                _check_plain(e.enc, e.plain, e.opts, where)
                pre, suf = e.template.split("{P}")
                if not (t.startswith(pre) and t.endswith(suf)):
                    _fail("%s: template frame lost" % where)
                payload = t[len(pre):len(t) - len(suf)]
                got = decode(e.enc, payload, e.opts)
                if got != e.plain:
                    _fail("%s: decode check failed: %r != %r" % (where, got, e.plain))
                if payload == e.plain:
                    _fail("%s: payload equals plain" % where)
                if fold(e.plain) in f:
                    _fail("%s: plain instruction stands in clear" % where)
            if tech == "payload_split":
                if not isinstance(e, S):
                    _fail("%s: payload_split needs an S entry" % where)
                pos = 0
                for p in e.parts:
                    j = t.find(p, pos)
                    if j < 0:
                        _fail("%s: split part missing or out of order: %r" % (where, p))
                    pos = j + len(p)
                joined = " ".join(e.parts)
                if fold(joined) in f or _punct_to_space(joined) in _punct_to_space(t):
                    _fail("%s: joined split instruction stands in the text" % where)
            if not hidden and tech != "payload_split" and not isinstance(e, T):
                _fail("%s: technique needs a full text" % where)
    # counts
    for lang in LANGS:
        for tech in TECHNIQUES:
            if per.get((lang, "injection", tech), 0) != 2:
                _fail("%s/%s: not 2 injections" % (lang, tech))
        for g, n in GENRES:
            if per.get((lang, "benign", g), 0) != n:
                _fail("%s/%s: not %d benign texts" % (lang, g, n))
        ni = sum(v for (l, lab, _), v in per.items() if l == lang and lab == "injection")
        nb = sum(v for (l, lab, _), v in per.items() if l == lang and lab == "benign")
        if ni != 60 or nb != 60:
            _fail("%s: %d injections, %d benign" % (lang, ni, nb))
        for fld in FIELDS:
            a = fields.get((lang, "injection", fld), 0)
            b = fields.get((lang, "benign", fld), 0)
            if a != b:
                _fail("%s: field %s has %d injections and %d benign texts" % (lang, fld, a, b))
    # per-language encoding variety
    encs = {}
    for r in records:
        e = r["_entry"]
        if isinstance(e, O):
            k = (r["lang"], r["technique"])
            v = e.enc if e.enc != "spaced" else ("spaced", dict(e.opts)["sep"], dict(e.opts)["wsep"])
            encs.setdefault(k, []).append(v)
    for (lang, tech), v in encs.items():
        if len(v) == 2 and v[0] == v[1]:
            _fail("%s/%s: both records use the same encoding" % (lang, tech))
        if tech == "rot13_or_reversed":
            if sorted(x in REVERSED for x in v) != [False, True] or "rot13" not in v:
                _fail("%s: rot13_or_reversed needs one ROT13 and one reversed record" % lang)


def to_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def stats(records):
    lines = []
    for lab in LABELS:
        ls = [len(r["text"]) for r in records if r["label"] == lab]
        lines.append("%s: n=%d len %d-%d mean %.0f" % (lab, len(ls), min(ls), max(ls), sum(ls) / len(ls)))
    lines.append("fields per label:")
    for lab in LABELS:
        row = [lab]
        for fld in FIELDS:
            row.append("%s=%d" % (fld, sum(1 for r in records if r["label"] == lab and r["field"] == fld)))
        lines.append("  " + " ".join(row))
    lines.append("per language fields (injection / benign):")
    for lang in LANGS:
        row = [lang]
        for fld in FIELDS:
            a = sum(1 for r in records if r["lang"] == lang and r["label"] == "injection" and r["field"] == fld)
            b = sum(1 for r in records if r["lang"] == lang and r["label"] == "benign" and r["field"] == fld)
            row.append("%s %d/%d" % (fld, a, b))
        lines.append("  " + ", ".join(row))
    lines.append("mean length by field (injection / benign):")
    for fld in FIELDS:
        a = [len(r["text"]) for r in records if r["label"] == "injection" and r["field"] == fld]
        b = [len(r["text"]) for r in records if r["label"] == "benign" and r["field"] == fld]
        lines.append("  %s %.0f / %.0f" % (fld, sum(a) / max(1, len(a)), sum(b) / max(1, len(b))))
    return "\n".join(lines)
