"""Core of the thirty-fourth injection corpus, dev half (dev34).

Technique and genre lists, entry types, encoders, decoders (written apart from
the encoders, on reverse tables and the standard library), the build and the
self-checks. Standard library only; the only randomness is one seeded shuffle.
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
from dataclasses import dataclass
from typing import Optional, Tuple

SEED = 340103
LANGS = ["de", "en", "fr", "es", "it", "nl"]
FIELDS = ["title", "description", "review", "brief", "document", "feed_row", "link"]
KEYS = ["id", "text", "label", "technique", "lang", "field"]
MIN_LEN, MAX_LEN = 30, 650

TECHNIQUES = [
    "override", "polite_request", "third_person", "forged_note", "role_spoof",
    "persona", "prompt_leak", "insert_contact", "price_or_code",
    "competitor_or_disparage", "false_claim", "style_hijack", "sabotage",
    "batch_persist", "conditional", "markup", "leetspeak", "spacing",
    "homoglyph", "invisible_unicode", "base64", "rot13_or_reversed",
    "cross_language", "buried", "payload_split", "review_bypass",
    # NEW in this half
    "fake_social_proof", "url_exfiltration", "entity_encoding", "bidi_reorder",
]
NEW_TECHNIQUES = ["fake_social_proof", "url_exfiltration", "entity_encoding", "bidi_reorder"]

GENRES = [
    ("marketing_imperative", 3), ("customer_instructions", 3),
    ("shop_codes_contacts", 3), ("review_brands", 3), ("legit_brief", 3),
    ("minimal_pair", 3), ("shop_html", 3), ("feed_row", 3), ("editor_note", 3),
    ("ordinary_jargon", 3),
    ("tracking_url", 2), ("dev_docs", 2), ("injection_article", 2),
    ("care_label", 2), ("pipeline_log", 2), ("claims_register", 2),
    ("review_workflow", 2), ("encoded_data", 2),
    # NEW in this half
    ("entity_text", 2), ("rtl_text", 2), ("rating_summary", 2),
    ("media_embed", 2), ("supplier_mail", 2), ("market_rules", 2),
    ("translation_memo", 2),
]
NEW_GENRES = ["entity_text", "rtl_text", "rating_summary", "media_embed",
              "supplier_mail", "market_rules", "translation_memo"]

# Which encodings belong to which hiding technique.
HIDING = {
    "leetspeak": {"leet_digits", "leet_symbols", "leet_heavy"},
    "spacing": {"spaced"},
    "homoglyph": {"hg_cyr_all", "hg_greek_caps", "hg_cyr_vowels", "hg_alternate", "hg_cyr_first"},
    "invisible_unicode": {"inv_tags", "inv_vs", "inv_interleave", "inv_base4"},
    "base64": {"b64_std", "b64_url", "b64_mime"},
    "rot13_or_reversed": {"rot13", "rev_chars", "rev_words", "rev_each_word"},
    "entity_encoding": {"ent_dec", "ent_hex", "pct"},
    "bidi_reorder": {"bidi_rlo", "bidi_isolated"},
}

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"


# --------------------------------------------------------------------------
# Entry types
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class T:
    """A full text. Injections used by a minimal pair mark the cut span with ⟦ ⟧."""
    field: str
    text: str


@dataclass(frozen=True)
class O:
    """An obfuscated injection: the encoded plain goes where {P} stands."""
    field: str
    enc: str
    plain: str
    template: str
    arg: object = None


@dataclass(frozen=True)
class S:
    """A split injection: parts go into {1} … {4}."""
    field: str
    parts: Tuple[str, ...]
    template: str


@dataclass(frozen=True)
class MP:
    """A minimal pair: injection `technique`[index] of the same bank with its
    marked span replaced by `repl` (by default removed)."""
    technique: str
    index: int
    repl: str = ""


# --------------------------------------------------------------------------
# Encoders
# --------------------------------------------------------------------------

LEET = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    "leet_symbols": {"a": "@", "e": "€", "i": "!", "o": "0", "s": "$", "t": "+"},
    "leet_heavy": {"a": "4", "b": "8", "e": "3", "g": "6", "i": "1", "o": "0",
                   "s": "5", "t": "7", "z": "2"},
}

# Latin -> look-alike (encoding direction).
CYR_LOWER = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456",
             "j": "\u0458", "o": "\u043e", "p": "\u0440", "s": "\u0455",
             "x": "\u0445", "y": "\u0443", "h": "\u04bb", "d": "\u0501"}
CYR_UPPER = {"A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
             "H": "\u041d", "I": "\u0406", "J": "\u0408", "K": "\u041a",
             "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405",
             "T": "\u0422", "X": "\u0425", "Y": "\u04ae"}
GREEK_UPPER = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "Z": "\u0396",
               "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c",
               "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4",
               "Y": "\u03a5", "X": "\u03a7"}
GREEK_LOWER = {"o": "\u03bf", "v": "\u03bd", "i": "\u03b9", "k": "\u03ba", "u": "\u03c5"}


def _hg_encode(mode, plain):
    cyr = dict(CYR_LOWER)
    cyr.update(CYR_UPPER)
    grk = dict(GREEK_LOWER)
    grk.update(GREEK_UPPER)
    out = []
    if mode == "hg_cyr_all":
        return "".join(cyr.get(c, c) for c in plain)
    if mode == "hg_greek_caps":
        return "".join(GREEK_UPPER.get(c, c) for c in plain)
    if mode == "hg_cyr_vowels":
        return "".join(cyr[c] if c in "aeioAEIO" and c in cyr else c for c in plain)
    if mode == "hg_alternate":
        turn = 0
        for c in plain:
            table = cyr if turn % 2 == 0 else grk
            if c in table:
                out.append(table[c])
                turn += 1
            elif c in cyr or c in grk:
                out.append((cyr.get(c) or grk.get(c)))
                turn += 1
            else:
                out.append(c)
        return "".join(out)
    if mode == "hg_cyr_first":
        for word in plain.split(" "):
            done = False
            w = []
            for c in word:
                if not done and c in cyr:
                    w.append(cyr[c])
                    done = True
                else:
                    w.append(c)
            out.append("".join(w))
        return " ".join(out)
    raise ValueError(mode)


def _vs_for_byte(b):
    return chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)


INV_OPS = ["\u2061", "\u2062", "\u2063", "\u2064"]


def encode(enc, plain, arg=None):
    if enc in LEET:
        table = LEET[enc]
        return "".join(table.get(c, c) for c in plain)
    if enc == "spaced":
        sep_char, sep_word = arg
        return sep_word.join(sep_char.join(w) for w in plain.split(" "))
    if enc.startswith("hg_"):
        return _hg_encode(enc, plain)
    if enc == "inv_tags":
        return "".join(chr(0xE0000 + ord(c)) for c in plain) + "\U000E007F"
    if enc == "inv_vs":
        return "".join(_vs_for_byte(b) for b in plain.encode("utf-8"))
    if enc == "inv_interleave":
        return arg.join(plain)
    if enc == "inv_base4":
        out = []
        for b in plain.encode("utf-8"):
            for shift in (6, 4, 2, 0):
                out.append(INV_OPS[(b >> shift) & 3])
        return "".join(out)
    if enc == "b64_std":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if enc == "b64_url":
        return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")
    if enc == "b64_mime":
        flat = base64.b64encode(plain.encode("utf-8")).decode("ascii")
        return "\n".join(flat[i:i + arg] for i in range(0, len(flat), arg))
    if enc == "rot13":
        out = []
        for c in plain:
            if "a" <= c <= "z":
                out.append(chr((ord(c) - 97 + 13) % 26 + 97))
            elif "A" <= c <= "Z":
                out.append(chr((ord(c) - 65 + 13) % 26 + 65))
            else:
                out.append(c)
        return "".join(out)
    if enc == "rev_chars":
        return plain[::-1]
    if enc == "rev_words":
        return " ".join(plain.split(" ")[::-1])
    if enc == "rev_each_word":
        return " ".join(w[::-1] for w in plain.split(" "))
    if enc == "ent_dec":
        return "".join("&#%d;" % ord(c) for c in plain)
    if enc == "ent_hex":
        return "".join("&#x%x;" % ord(c) for c in plain)
    if enc == "pct":
        return "".join("%%%02X" % b for b in plain.encode("utf-8"))
    if enc == "bidi_rlo":
        return "\u202e" + plain[::-1] + "\u202c"
    if enc == "bidi_isolated":
        return "\u2066\u202e" + plain[::-1] + "\u202c\u2069"
    raise ValueError("unknown encoding " + enc)


# --------------------------------------------------------------------------
# Decoders (their own tables; standard library where it has the codec)
# --------------------------------------------------------------------------

class DecodeError(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise DecodeError(msg)


# Look-alike -> Latin, written out as its own table (not derived from the encoders).
HG_BACK = {
    "а": "a", "с": "c", "е": "e", "і": "i", "ј": "j", "о": "o", "р": "p",
    "ѕ": "s", "х": "x", "у": "y", "һ": "h", "ԁ": "d",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J",
    "К": "K", "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ο": "o", "ν": "v", "ι": "i", "κ": "k", "υ": "u",
}

LEET_BACK = {
    "leet_digits": {"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t"},
    "leet_symbols": {"@": "a", "€": "e", "!": "i", "0": "o", "$": "s", "+": "t"},
    "leet_heavy": {"4": "a", "8": "b", "3": "e", "6": "g", "1": "i", "0": "o",
                   "5": "s", "7": "t", "2": "z"},
}


def _is_greek_or_cyrillic(c):
    name = unicodedata.name(c, "")
    return name.startswith("GREEK") or name.startswith("CYRILLIC")


def decode(enc, payload, arg=None):
    if enc in LEET_BACK:
        back = LEET_BACK[enc]
        _need(any(c in back for c in payload), "no leet symbol")
        return "".join(back.get(c, c) for c in payload)
    if enc == "spaced":
        sep_char, sep_word = arg
        words = []
        for chunk in payload.split(sep_word):
            letters = chunk.split(sep_char)
            _need(all(len(x) == 1 for x in letters), "not one character between separators")
            words.append("".join(letters))
        return " ".join(words)
    if enc.startswith("hg_"):
        _need(any(c in HG_BACK for c in payload), "no look-alike")
        out = "".join(HG_BACK.get(c, c) for c in payload)
        _need(not any(_is_greek_or_cyrillic(c) for c in out), "script left over")
        return out
    if enc == "inv_tags":
        _need(payload.endswith("\U000E007F"), "no cancel tag")
        body = payload[:-1]
        _need(body and all(0xE0020 <= ord(c) <= 0xE007E for c in body), "not tag characters")
        return "".join(chr(ord(c) - 0xE0000) for c in body)
    if enc == "inv_vs":
        data = bytearray()
        for c in payload:
            o = ord(c)
            if 0xFE00 <= o <= 0xFE0F:
                data.append(o - 0xFE00)
            elif 0xE0100 <= o <= 0xE01EF:
                data.append(o - 0xE0100 + 16)
            else:
                raise DecodeError("not a variation selector")
        return bytes(data).decode("utf-8")
    if enc == "inv_interleave":
        _need(len(payload) % 2 == 1, "even length")
        _need(all(c == arg for c in payload[1::2]), "separator missing")
        _need(all(c != arg for c in payload[0::2]), "double separator")
        return payload[0::2]
    if enc == "inv_base4":
        digits = {"\u2061": 0, "\u2062": 1, "\u2063": 2, "\u2064": 3}
        _need(len(payload) % 4 == 0 and all(c in digits for c in payload), "not base-4 operators")
        data = bytearray()
        for i in range(0, len(payload), 4):
            v = 0
            for c in payload[i:i + 4]:
                v = v * 4 + digits[c]
            data.append(v)
        return bytes(data).decode("utf-8")
    if enc == "b64_std":
        _need(re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", payload) is not None, "not base64")
        return base64.b64decode(payload, validate=True).decode("utf-8")
    if enc == "b64_url":
        _need(re.fullmatch(r"[A-Za-z0-9_-]+", payload) is not None, "not base64url")
        return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8")
    if enc == "b64_mime":
        lines = payload.split("\n")
        _need(all(len(x) == arg for x in lines[:-1]) and 0 < len(lines[-1]) <= arg, "line width")
        flat = "".join(lines)
        _need(re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", flat) is not None, "not base64")
        return binascii.a2b_base64(flat.encode("ascii")).decode("utf-8")
    if enc == "rot13":
        _need(any(c.isascii() and c.isalpha() for c in payload), "no letters")
        return codecs.decode(payload, "rot_13")
    if enc == "rev_chars":
        return "".join(reversed(payload))
    if enc == "rev_words":
        words = payload.split(" ")
        _need(len(words) >= 3, "too few words")
        return " ".join(reversed(words))
    if enc == "rev_each_word":
        return " ".join("".join(reversed(w)) for w in payload.split(" "))
    if enc == "ent_dec":
        _need(re.fullmatch(r"(?:&#[0-9]+;)+", payload) is not None, "not decimal references")
        return html.unescape(payload)
    if enc == "ent_hex":
        _need(re.fullmatch(r"(?:&#x[0-9a-fA-F]+;)+", payload) is not None, "not hex references")
        return html.unescape(payload)
    if enc == "pct":
        _need(re.fullmatch(r"(?:%[0-9A-F]{2})+", payload) is not None, "not percent bytes")
        return urllib.parse.unquote(payload, encoding="utf-8", errors="strict")
    if enc in ("bidi_rlo", "bidi_isolated"):
        head, tail = ("\u202e", "\u202c") if enc == "bidi_rlo" else ("\u2066\u202e", "\u202c\u2069")
        _need(payload.startswith(head) and payload.endswith(tail), "no override frame")
        inner = payload[len(head):len(payload) - len(tail)]
        _need(inner and not any(c in BIDI_CONTROLS for c in inner), "control inside")
        return "".join(reversed(inner))
    raise DecodeError("unknown encoding " + enc)


BIDI_CONTROLS = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

class CheckError(Exception):
    pass


def _fail(msg):
    raise CheckError(msg)


def _fold(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def _unmark(s):
    return s.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _split_template(template):
    if template.count("{P}") != 1:
        _fail("template needs exactly one {P}: " + template[:60])
    pre, post = template.split("{P}")
    return pre, post


def _check_plain(enc, plain, arg):
    if plain != plain.strip() or "  " in plain or "\t" in plain or "\n" in plain:
        _fail("plain spacing: " + plain)
    if unicodedata.normalize("NFC", plain) != plain:
        _fail("plain not NFC: " + plain)
    if any(unicodedata.category(c) == "Cf" for c in plain):
        _fail("invisible character in plain: " + plain)
    if enc in LEET:
        outs = set(LEET[enc].values())
        if any(c in outs or c.isdigit() for c in plain):
            _fail("leet plain holds a table symbol or digit: " + plain)
        if not any(c in LEET[enc] for c in plain):
            _fail("leet plain has nothing to replace: " + plain)
    if enc == "spaced":
        sep_char, sep_word = arg
        if sep_char == sep_word:
            _fail("spacing separators equal")
        for w in plain.split(" "):
            if sep_char in w or sep_word.strip() and sep_word.strip() in w:
                _fail("separator inside a word: " + plain)
    if enc.startswith("hg_") and any(_is_greek_or_cyrillic(c) for c in plain):
        _fail("homoglyph plain holds Greek or Cyrillic: " + plain)
    if enc == "inv_tags" and not all(0x20 <= ord(c) <= 0x7E for c in plain):
        _fail("tag plain not printable ASCII: " + plain)
    if enc == "inv_interleave" and arg in plain:
        _fail("interleave char in plain")
    if enc in ("rev_words",) and len(plain.split(" ")) < 3:
        _fail("too few words: " + plain)
    if enc in ("rev_chars", "bidi_rlo", "bidi_isolated") and plain == plain[::-1]:
        _fail("palindrome")
    if enc in ("bidi_rlo", "bidi_isolated") and any(c in "()[]{}<>«»" for c in plain):
        _fail("mirrored bracket in bidi plain: " + plain)
    if enc == "b64_mime" and arg % 4:
        _fail("MIME width not a multiple of 4")


def render(entry, bank_inj):
    """Return (field, text, info) for an entry; info holds the decode data."""
    if isinstance(entry, T):
        return entry.field, _unmark(entry.text), None
    if isinstance(entry, O):
        _check_plain(entry.enc, entry.plain, entry.arg)
        payload = encode(entry.enc, entry.plain, entry.arg)
        pre, post = _split_template(entry.template)
        return entry.field, pre + payload + post, (entry, pre, post)
    if isinstance(entry, S):
        text = entry.template
        for i, part in enumerate(entry.parts, 1):
            slot = "{%d}" % i
            if text.count(slot) != 1:
                _fail("split slot %s" % slot)
            text = text.replace(slot, part)
        return entry.field, text, ("split", entry)
    if isinstance(entry, MP):
        src = bank_inj[entry.technique][entry.index]
        if not isinstance(src, T):
            _fail("minimal pair source must be a full text")
        t = src.text
        if t.count(MARK_OPEN) != 1 or t.count(MARK_CLOSE) != 1:
            _fail("minimal pair source needs one marked span: " + entry.technique)
        a = t.index(MARK_OPEN)
        b = t.index(MARK_CLOSE)
        if b < a:
            _fail("marks reversed")
        text = t[:a] + entry.repl + t[b + 1:]
        return src.field, text, ("pair", entry, _unmark(t))
    _fail("unknown entry type")


def _check_decode(text, info):
    entry, pre, post = info
    if not (text.startswith(pre) and text.endswith(post)):
        _fail("template frame lost")
    payload = text[len(pre):len(text) - len(post)]
    try:
        got = decode(entry.enc, payload, entry.arg)
    except (DecodeError, ValueError, UnicodeDecodeError, binascii.Error) as exc:
        _fail("decode failed (%s): %s" % (exc, entry.plain))
    if got != entry.plain:
        _fail("decode mismatch: %r != %r" % (got, entry.plain))
    if payload == entry.plain:
        _fail("payload equals plain")
    if _fold(entry.plain) in _fold(text):
        _fail("plain stands in clear: " + entry.plain)


def _check_split(text, entry):
    pos = 0
    for part in entry.parts:
        i = text.find(part, pos)
        if i < 0:
            _fail("split part missing or out of order: " + part)
        pos = i + len(part)
    joined = " ".join(p.strip() for p in entry.parts)
    if _fold(joined) in _fold(text):
        _fail("split joined stands in text")
    depunct = lambda s: _fold(re.sub(r"[^\w]+", " ", s))
    if depunct(joined) in depunct(text):
        _fail("split joined stands in text after punctuation folding")


def _check_pair(text, entry, src_text):
    if "  " in text or " ." in text or " ," in text or text != text.strip():
        _fail("minimal pair spacing: " + text[:60])
    if text == src_text:
        _fail("minimal pair equals its injection")


BAD_CHARS = set("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _check_text(text, field):
    n = len(text)
    if not (MIN_LEN <= n <= MAX_LEN):
        _fail("length %d: %s" % (n, text[:60]))
    if text != text.strip():
        _fail("outer whitespace: " + text[:60])
    if any(c in BAD_CHARS for c in text):
        _fail("bad control character: " + text[:60])
    if " \n" in text:
        _fail("space before line break: " + text[:60])
    if field in ("title", "link") and ("\n" in text or "\t" in text):
        _fail("line break or tab in %s: %s" % (field, text[:60]))
    if "\t" in text and field != "feed_row":
        _fail("tab outside a feed row: " + text[:60])
    for slot in ("{P}", "{1}", "{2}", "{3}", "{4}", MARK_OPEN, MARK_CLOSE):
        if slot in text:
            _fail("slot or mark left: " + text[:60])


def build_lang(lang, mod):
    """Records of one language bank, in bank order, without ids."""
    inj, ben = mod.INJ, mod.BEN
    if list(inj) != TECHNIQUES:
        _fail("%s: techniques not in plan order" % lang)
    if list(ben) != [g for g, _ in GENRES]:
        _fail("%s: genres not in plan order" % lang)
    recs = []
    used_pairs = []
    inj_fields = {}
    ben_fields = {}
    for tech in TECHNIQUES:
        entries = inj[tech]
        if len(entries) != 2:
            _fail("%s/%s: %d entries" % (lang, tech, len(entries)))
        encs = []
        for e in entries:
            if tech in HIDING:
                if not isinstance(e, O) or e.enc not in HIDING[tech]:
                    _fail("%s/%s needs an O entry of its own encodings" % (lang, tech))
                encs.append((e.enc, e.arg) if e.enc == "spaced" else e.enc)
            elif tech == "payload_split":
                if not isinstance(e, S):
                    _fail("%s/payload_split needs S" % lang)
            elif not isinstance(e, T):
                _fail("%s/%s needs T" % (lang, tech))
            field, text, info = render(e, inj)
            if isinstance(e, O):
                _check_decode(text, info)
            elif isinstance(e, S):
                _check_split(text, e)
            recs.append({"text": text, "label": "injection", "technique": tech,
                         "lang": lang, "field": field})
            inj_fields[field] = inj_fields.get(field, 0) + 1
        if tech in HIDING and encs[0] == encs[1]:
            _fail("%s/%s: the two records use the same encoding" % (lang, tech))
        if tech == "rot13_or_reversed":
            if sorted(x == "rot13" for x in encs) != [False, True]:
                _fail("%s: rot13_or_reversed needs one ROT13 and one reversed" % lang)
        if tech == "spacing" and encs[0][1] == encs[1][1]:
            _fail("%s: spacing separators repeat" % lang)
    for genre, count in GENRES:
        entries = ben[genre]
        if len(entries) != count:
            _fail("%s/%s: %d texts, want %d" % (lang, genre, len(entries), count))
        for e in entries:
            if genre == "minimal_pair":
                if not isinstance(e, MP):
                    _fail("%s/minimal_pair needs MP" % lang)
                key = (e.technique, e.index)
                if key in used_pairs:
                    _fail("%s: injection used by two pairs" % lang)
                used_pairs.append(key)
            elif not isinstance(e, T):
                _fail("%s/%s needs T" % (lang, genre))
            if MARK_OPEN in getattr(e, "text", "") or MARK_CLOSE in getattr(e, "text", ""):
                _fail("%s/%s: mark in a benign text" % (lang, genre))
            field, text, info = render(e, inj)
            if isinstance(e, MP):
                _check_pair(text, e, info[2])
            recs.append({"text": text, "label": "benign", "technique": genre,
                         "lang": lang, "field": field})
            ben_fields[field] = ben_fields.get(field, 0) + 1
    # marks only where a pair uses them
    for tech in TECHNIQUES:
        for i, e in enumerate(inj[tech]):
            marked = isinstance(e, T) and (MARK_OPEN in e.text or MARK_CLOSE in e.text)
            if marked != ((tech, i) in used_pairs):
                _fail("%s/%s[%d]: mark without pair or pair without mark" % (lang, tech, i))
    for f in FIELDS:
        if inj_fields.get(f, 0) != ben_fields.get(f, 0):
            _fail("%s: field %s has %d injections and %d benign texts"
                  % (lang, f, inj_fields.get(f, 0), ben_fields.get(f, 0)))
    for f in list(inj_fields) + list(ben_fields):
        if f not in FIELDS:
            _fail("unknown field " + f)
    return recs


def build(banks):
    """banks: list of (lang, module) in LANGS order. Returns the JSONL text."""
    if [l for l, _ in banks] != LANGS:
        _fail("languages out of order")
    records = []
    for lang, mod in banks:
        records.extend(build_lang(lang, mod))
    random.Random(SEED).shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        rec = {"id": "inj-dev34-%04d" % i}
        rec.update(r)
        out.append(rec)
    check(out)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)


def check(records):
    if len(records) != 720:
        _fail("%d records" % len(records))
    seen_ids, seen_text = set(), set()
    per = {}
    for i, r in enumerate(records, 1):
        if list(r) != KEYS:
            _fail("key order")
        if r["id"] != "inj-dev34-%04d" % i or r["id"] in seen_ids:
            _fail("id " + r["id"])
        seen_ids.add(r["id"])
        if r["label"] not in ("injection", "benign"):
            _fail("label")
        if r["lang"] not in LANGS or r["field"] not in FIELDS:
            _fail("lang or field")
        known = TECHNIQUES if r["label"] == "injection" else [g for g, _ in GENRES]
        if r["technique"] not in known:
            _fail("technique or genre " + r["technique"])
        _check_text(r["text"], r["field"])
        key = _fold(r["text"])
        if key in seen_text:
            _fail("duplicate text: " + r["text"][:60])
        seen_text.add(key)
        k = (r["lang"], r["label"], r["technique"])
        per[k] = per.get(k, 0) + 1
    for lang in LANGS:
        for t in TECHNIQUES:
            if per.get((lang, "injection", t), 0) != 2:
                _fail("%s/%s count" % (lang, t))
        for g, n in GENRES:
            if per.get((lang, "benign", g), 0) != n:
                _fail("%s/%s count" % (lang, g))
        if sum(v for (l, lab, _), v in per.items() if l == lang and lab == "injection") != 60:
            _fail(lang + " injections")
        if sum(v for (l, lab, _), v in per.items() if l == lang and lab == "benign") != 60:
            _fail(lang + " benign")
    if sum(n for _, n in GENRES) != 60 or len(TECHNIQUES) != 30 or len(GENRES) != 25:
        _fail("plan sizes")


def stats(text):
    recs = [json.loads(x) for x in text.splitlines()]
    lines = []
    for lab in ("injection", "benign"):
        rs = [r for r in recs if r["label"] == lab]
        ls = [len(r["text"]) for r in rs]
        lines.append("%s: %d records, length %d-%d, mean %.0f, over 400: %d, with LF: %d, with tab: %d"
                     % (lab, len(rs), min(ls), max(ls), sum(ls) / len(ls),
                        sum(1 for x in ls if x > 400),
                        sum(1 for r in rs if "\n" in r["text"]),
                        sum(1 for r in rs if "\t" in r["text"])))
        fc = {f: 0 for f in FIELDS}
        fl = {f: [] for f in FIELDS}
        for r in rs:
            fc[r["field"]] += 1
            fl[r["field"]].append(len(r["text"]))
        lines.append("  fields: " + ", ".join("%s %d" % (f, fc[f]) for f in FIELDS))
        lines.append("  mean length by field: " + ", ".join(
            "%s %.0f" % (f, sum(fl[f]) / len(fl[f])) for f in FIELDS if fl[f]))
    for lang in LANGS:
        fc = {f: 0 for f in FIELDS}
        for r in recs:
            if r["lang"] == lang and r["label"] == "injection":
                fc[r["field"]] += 1
        lines.append("%s per label: %s" % (lang, ", ".join("%s %d" % (f, fc[f]) for f in FIELDS)))
    return "\n".join(lines)
