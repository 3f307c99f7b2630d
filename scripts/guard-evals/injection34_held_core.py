"""Core of the thirty-fourth injection corpus, held-out half (heldout34).

Technique and genre lists, the entry types, the encoders, the decoders (written apart
from the encoders, with their own tables), the build and the self-checks.
Standard library only.
"""

import base64
import binascii
import codecs
import html
import json
import random
import re
import unicodedata

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
LABELS = ("injection", "benign")
KEYS = ("id", "text", "label", "technique", "lang", "field")
SEED = 340203
ID_FMT = "inj-heldout34-{:04d}"
MIN_LEN, MAX_LEN = 30, 650

TECHNIQUES = (
    "override", "polite_request", "third_person", "forged_note", "role_spoof",
    "persona", "prompt_leak", "insert_contact", "price_or_code",
    "competitor_or_disparage", "false_claim", "style_hijack", "sabotage",
    "batch_persist", "conditional", "markup", "leetspeak", "spacing", "homoglyph",
    "invisible_unicode", "base64", "rot13_or_reversed", "cross_language", "buried",
    "payload_split", "review_bypass",
    # new in this half
    "fake_social_proof", "exfil_url", "bidi_mirror", "char_escape",
)
NEW_TECHNIQUES = ("fake_social_proof", "exfil_url", "bidi_mirror", "char_escape")

GENRES = (
    ("marketing_imperative", 3), ("customer_instructions", 3), ("shop_codes_contacts", 3),
    ("review_brands", 3), ("legit_brief", 3), ("minimal_pair", 3), ("shop_html", 3),
    ("feed_row", 3), ("editor_note", 3), ("long_report", 3),
    ("ordinary_jargon", 2), ("tracking_url", 2), ("dev_docs", 2), ("injection_article", 2),
    ("care_label", 2), ("pipeline_log", 2), ("claims_register", 2), ("review_workflow", 2),
    ("encoded_data", 2),
    ("rtl_text", 2), ("url_escaped", 2), ("rating_summary", 2), ("translation_note", 2),
    ("heritage_story", 2), ("markdown_media", 2),
)
NEW_GENRES = ("long_report", "rtl_text", "url_escaped", "rating_summary", "translation_note",
              "heritage_story", "markdown_media")

# Which encodings each hiding technique may use.
HIDING = {
    "leetspeak": ("leet_digits", "leet_symbols", "leet_mixed"),
    "spacing": ("spaced",),
    "homoglyph": ("homo_cyr_all", "homo_grk_caps", "homo_cyr_vowels", "homo_cyr_alt",
                  "homo_mixed"),
    "invisible_unicode": ("tags", "vs_bytes", "interleave", "zw_binary"),
    "base64": ("b64", "b64url", "b64mime"),
    "rot13_or_reversed": ("rot13", "rev_chars", "rev_words", "rev_each"),
    "bidi_mirror": ("bidi_rlo", "bidi_rli"),
    "char_escape": ("pct", "html_dec", "html_hex", "json_u"),
}
MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"


# --------------------------------------------------------------------------- entries

class T:
    """A full text."""
    kind = "T"

    def __init__(self, field, text):
        self.field, self.text = field, text


class O:
    """An obfuscated injection: the plain instruction, encoded, goes where {P} stands."""
    kind = "O"

    def __init__(self, field, enc, plain, tpl, arg=None):
        self.field, self.enc, self.plain, self.tpl, self.arg = field, enc, plain, tpl, arg


class S:
    """A split injection: parts go where {1} ... {4} stand."""
    kind = "S"

    def __init__(self, field, parts, tpl):
        self.field, self.parts, self.tpl = field, tuple(parts), tpl


class MP:
    """A minimal pair: the injection INJ[tech][idx] with its marked span replaced by repl."""
    kind = "MP"

    def __init__(self, tech, idx, repl=""):
        self.tech, self.idx, self.repl = tech, idx, repl


# --------------------------------------------------------------------------- encoders

LEET_TABLES = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    "leet_symbols": {"a": "@", "e": "\u20ac", "i": "!", "o": "0", "s": "$", "t": "+"},
    "leet_mixed": {"a": "4", "e": "3", "g": "6", "i": "!", "l": "1", "o": "0", "s": "$",
                   "t": "7"},
}

CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
       "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
       "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422",
       "X": "\u0425", "I": "\u0406", "J": "\u0408", "S": "\u0405"}
GRK_UP = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399",
          "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1",
          "T": "\u03a4", "X": "\u03a7", "Y": "\u03a5", "Z": "\u0396"}
GRK_LOW = {"o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "i": "\u03b9"}


def _homoglyph(plain, mode):
    out = []
    n = 0
    for ch in plain:
        if mode == "homo_cyr_all":
            out.append(CYR.get(ch, ch))
        elif mode == "homo_grk_caps":
            out.append(GRK_UP.get(ch, ch))
        elif mode == "homo_cyr_vowels":
            out.append(CYR[ch] if ch in "aeoi" else ch)
        elif mode == "homo_cyr_alt":
            if ch in CYR:
                out.append(CYR[ch] if n % 2 == 0 else ch)
                n += 1
            else:
                out.append(ch)
        elif mode == "homo_mixed":
            grk = GRK_UP.get(ch) or GRK_LOW.get(ch)
            cyr = CYR.get(ch)
            if grk and cyr:
                out.append(grk if n % 2 else cyr)
                n += 1
            else:
                out.append(grk or cyr or ch)
        else:
            raise ValueError(mode)
    return "".join(out)


def encode(enc, plain, arg=None):
    if enc in LEET_TABLES:
        table = LEET_TABLES[enc]
        return "".join(table.get(c, c) for c in plain)
    if enc == "spaced":
        letter_sep, word_sep = arg
        return word_sep.join(letter_sep.join(word) for word in plain.split(" "))
    if enc.startswith("homo_"):
        return _homoglyph(plain, enc)
    if enc == "tags":
        return "".join(chr(0xE0000 + ord(c)) for c in plain) + "\U000E007F"
    if enc == "vs_bytes":
        return "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)
                       for b in plain.encode("utf-8"))
    if enc == "interleave":
        return arg.join(plain)
    if enc == "zw_binary":
        zero, one = arg
        return "".join(one if bit == "1" else zero
                       for b in plain.encode("utf-8") for bit in format(b, "08b"))
    if enc == "b64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if enc == "b64url":
        return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")
    if enc == "b64mime":
        flat = base64.b64encode(plain.encode("utf-8")).decode("ascii")
        return "\n".join(flat[i:i + arg] for i in range(0, len(flat), arg))
    if enc == "rot13":
        return codecs.encode(plain, "rot_13")
    if enc == "rev_chars":
        return plain[::-1]
    if enc == "rev_words":
        return " ".join(reversed(plain.split(" ")))
    if enc == "rev_each":
        return " ".join(w[::-1] for w in plain.split(" "))
    if enc == "bidi_rlo":
        return "\u202e" + plain[::-1] + "\u202c"
    if enc == "bidi_rli":
        return "\u2067\u202e" + plain[::-1] + "\u202c\u2069"
    if enc == "pct":
        return "".join("%{:02X}".format(b) for b in plain.encode("utf-8"))
    if enc == "html_dec":
        return "".join("&#{};".format(ord(c)) for c in plain)
    if enc == "html_hex":
        return "".join("&#x{:X};".format(ord(c)) for c in plain)
    if enc == "json_u":
        return "".join("\\u{:04x}".format(ord(c)) for c in plain)
    raise ValueError("unknown encoding " + enc)


# --------------------------------------------------------------------------- decoders
# Written apart from the encoders: own reverse tables, shape checks first.

class DecodeError(Exception):
    pass


_UNLEET = {
    "leet_digits": dict(zip("431057", "aeiost")),
    "leet_symbols": dict(zip("@\u20ac!0$+", "aeiost")),
    "leet_mixed": dict(zip("436!10$7", "aegilost")),
}

_UNHOMO = {}
for _lat, _cyr in zip("aceopxyijsABCEHKMOPTXIJS",
                      "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0456\u0458\u0455"
                      "\u0410\u0412\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422"
                      "\u0425\u0406\u0408\u0405"):
    _UNHOMO[_cyr] = _lat
for _lat, _grk in zip("ABEHIKMNOPTXYZovui",
                      "\u0391\u0392\u0395\u0397\u0399\u039a\u039c\u039d\u039f\u03a1"
                      "\u03a4\u03a7\u03a5\u0396\u03bf\u03bd\u03c5\u03b9"):
    _UNHOMO[_grk] = _lat


def _is_cyr_or_grk(ch):
    return 0x0370 <= ord(ch) <= 0x03FF or 0x0400 <= ord(ch) <= 0x04FF


def decode(enc, payload, arg=None):
    if enc in _UNLEET:
        rev = _UNLEET[enc]
        if not any(c in rev for c in payload):
            raise DecodeError("no leet symbol")
        return "".join(rev.get(c, c) for c in payload)
    if enc == "spaced":
        letter_sep, word_sep = arg
        words = []
        for chunk in payload.split(word_sep):
            pieces = chunk.split(letter_sep)
            if any(len(p) != 1 for p in pieces):
                raise DecodeError("spacing shape")
            words.append("".join(pieces))
        return " ".join(words)
    if enc.startswith("homo_"):
        if not any(_is_cyr_or_grk(c) for c in payload):
            raise DecodeError("no look-alike")
        out = []
        for c in payload:
            if _is_cyr_or_grk(c):
                if c not in _UNHOMO:
                    raise DecodeError("unknown look-alike U+%04X" % ord(c))
                out.append(_UNHOMO[c])
            else:
                out.append(c)
        return "".join(out)
    if enc == "tags":
        if not payload.endswith("\U000E007F"):
            raise DecodeError("no cancel tag")
        body = payload[:-1]
        if not body or any(not 0xE0020 <= ord(c) <= 0xE007E for c in body):
            raise DecodeError("tag shape")
        return "".join(chr(ord(c) - 0xE0000) for c in body)
    if enc == "vs_bytes":
        data = bytearray()
        for c in payload:
            o = ord(c)
            if 0xFE00 <= o <= 0xFE0F:
                data.append(o - 0xFE00)
            elif 0xE0100 <= o <= 0xE01EF:
                data.append(o - 0xE0100 + 16)
            else:
                raise DecodeError("not a variation selector")
        return data.decode("utf-8")
    if enc == "interleave":
        if len(payload) % 2 != 1 or set(payload[1::2]) != {arg} or arg in payload[0::2]:
            raise DecodeError("interleave shape")
        return payload[0::2]
    if enc == "zw_binary":
        zero, one = arg
        if not payload or set(payload) - {zero, one} or len(payload) % 8:
            raise DecodeError("zero-width shape")
        bits = "".join("1" if c == one else "0" for c in payload)
        return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode("utf-8")
    if enc == "b64":
        if not re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", payload) or len(payload) % 4:
            raise DecodeError("base64 shape")
        return base64.b64decode(payload, validate=True).decode("utf-8")
    if enc == "b64url":
        if not re.fullmatch(r"[A-Za-z0-9_-]+", payload):
            raise DecodeError("base64url shape")
        return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8")
    if enc == "b64mime":
        lines = payload.split("\n")
        if len(lines) < 2 or any(len(x) != arg for x in lines[:-1]) or len(lines[-1]) > arg:
            raise DecodeError("mime width")
        joined = "".join(lines)
        if not re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", joined):
            raise DecodeError("mime alphabet")
        return binascii.a2b_base64(joined.encode("ascii")).decode("utf-8")
    if enc == "rot13":
        if not re.search(r"[A-Za-z]", payload):
            raise DecodeError("no letters")
        return codecs.decode(payload, "rot_13")
    if enc == "rev_chars":
        return "".join(payload[i] for i in range(len(payload) - 1, -1, -1))
    if enc == "rev_words":
        words = payload.split(" ")
        if len(words) < 3:
            raise DecodeError("too few words")
        words.reverse()
        return " ".join(words)
    if enc == "rev_each":
        return " ".join("".join(reversed(w)) for w in payload.split(" "))
    if enc in ("bidi_rlo", "bidi_rli"):
        head, tail = ("\u202e", "\u202c") if enc == "bidi_rlo" else ("\u2067\u202e", "\u202c\u2069")
        if not (payload.startswith(head) and payload.endswith(tail)):
            raise DecodeError("bidi wrapper")
        body = payload[len(head):len(payload) - len(tail)]
        if any(unicodedata.category(c) == "Cf" for c in body):
            raise DecodeError("format character inside bidi run")
        return body[::-1]
    if enc == "pct":
        if not re.fullmatch(r"(?:%[0-9A-F]{2})+", payload):
            raise DecodeError("percent shape")
        return bytes.fromhex(payload.replace("%", "")).decode("utf-8")
    if enc == "html_dec":
        if not re.fullmatch(r"(?:&#[0-9]+;)+", payload):
            raise DecodeError("entity shape")
        return html.unescape(payload)
    if enc == "html_hex":
        if not re.fullmatch(r"(?:&#x[0-9A-F]+;)+", payload):
            raise DecodeError("entity shape")
        return html.unescape(payload)
    if enc == "json_u":
        if not re.fullmatch(r"(?:\\u[0-9a-f]{4})+", payload):
            raise DecodeError("escape shape")
        return json.loads('"' + payload + '"')
    raise DecodeError("unknown encoding " + enc)


# --------------------------------------------------------------------------- plain rules

_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
                        "\U000e0000-\U000e007f\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def plain_rules(enc, plain, arg):
    """Rules on the plain instruction that keep decoding unambiguous."""
    errs = []
    if "  " in plain or "\t" in plain or "\n" in plain or plain != plain.strip():
        errs.append("plain spacing")
    if unicodedata.normalize("NFC", plain) != plain:
        errs.append("plain not NFC")
    if _INVISIBLE.search(plain):
        errs.append("invisible in plain")
    if any(_is_cyr_or_grk(c) for c in plain):
        errs.append("Cyrillic or Greek in plain")
    if enc in LEET_TABLES:
        if set(plain) & set(LEET_TABLES[enc].values()):
            errs.append("leet symbol in plain")
    if enc == "spaced":
        letter_sep, word_sep = arg
        words = plain.split(" ")
        if letter_sep == word_sep or word_sep == " ":
            errs.append("separators")
        for sep in (letter_sep, word_sep):
            if any(sep in w for w in words) or (sep.strip() and sep.strip() in plain):
                errs.append("separator in plain")
    if enc == "homo_grk_caps" and plain != plain.upper():
        errs.append("greek-caps plain not upper case")
    if enc == "tags" and not all(0x20 <= ord(c) <= 0x7E for c in plain):
        errs.append("tag plain not printable ASCII")
    if enc in ("rev_words",) and len(plain.split(" ")) < 3:
        errs.append("too few words")
    if enc in ("rev_chars", "rev_each", "bidi_rlo", "bidi_rli") and plain == plain[::-1]:
        errs.append("palindrome")
    if enc == "b64mime" and (arg % 4 or arg < 16):
        errs.append("mime width")
    if enc == "json_u" and any(ord(c) > 0xFFFF for c in plain):
        errs.append("non-BMP in json_u plain")
    if enc in ("rot13",) and not re.search(r"[A-Za-z]", plain):
        errs.append("rot13 without letters")
    return errs


# --------------------------------------------------------------------------- build

def fold(s):
    return " ".join(s.casefold().split())


def _strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _render(entry, lang, errs, where):
    """The finished text of an injection entry (marks removed)."""
    if entry.kind == "T":
        return _strip_marks(entry.text)
    if entry.kind == "O":
        if entry.tpl.count("{P}") != 1:
            errs.append(where + ": template needs exactly one {P}")
            return ""
        payload = encode(entry.enc, entry.plain, entry.arg)
        return entry.tpl.replace("{P}", payload)
    if entry.kind == "S":
        text = entry.tpl
        for i, part in enumerate(entry.parts, 1):
            slot = "{%d}" % i
            if text.count(slot) != 1:
                errs.append(where + ": slot " + slot)
            text = text.replace(slot, part)
        return text
    errs.append(where + ": entry kind " + entry.kind + " not allowed here")
    return ""


def _check_obfuscated(entry, text, errs, where):
    errs.extend(where + ": " + e for e in plain_rules(entry.enc, entry.plain, entry.arg))
    i = entry.tpl.index("{P}")
    prefix, suffix = entry.tpl[:i], entry.tpl[i + 3:]
    if not (text.startswith(prefix) and text.endswith(suffix)):
        errs.append(where + ": template literal not found")
        return
    payload = text[len(prefix):len(text) - len(suffix)]
    try:
        back = decode(entry.enc, payload, entry.arg)
    except (DecodeError, ValueError, UnicodeDecodeError, binascii.Error) as exc:
        errs.append(where + ": decode failed: " + str(exc))
        return
    if back != entry.plain:
        errs.append(where + ": decoded %r != plain %r" % (back, entry.plain))
    if payload == entry.plain:
        errs.append(where + ": payload equals plain")
    if fold(entry.plain) in fold(text):
        errs.append(where + ": plain instruction stands in clear")


def _check_split(entry, text, errs, where):
    pos = 0
    for part in entry.parts:
        j = text.find(part, pos)
        if j < 0:
            errs.append(where + ": split part missing or out of order")
            return
        pos = j + len(part)
    joined = " ".join(entry.parts)
    if fold(joined) in fold(text):
        errs.append(where + ": joined split stands in text")
    depunct = re.sub(r"[^\w]+", " ", text)
    if fold(re.sub(r"[^\w]+", " ", joined)) in fold(depunct):
        errs.append(where + ": joined split stands in text after punctuation folding")
    if not 2 <= len(entry.parts) <= 4:
        errs.append(where + ": 2 to 4 parts")


def _minimal_pair(mp, inj, errs, where):
    items = inj.get(mp.tech)
    if not items or mp.idx >= len(items) or items[mp.idx].kind != "T":
        errs.append(where + ": minimal pair target is not a full text")
        return ""
    src = items[mp.idx].text
    if src.count(MARK_OPEN) != 1 or src.count(MARK_CLOSE) != 1:
        errs.append(where + ": target needs exactly one marked span")
        return ""
    a, b = src.index(MARK_OPEN), src.index(MARK_CLOSE)
    if b < a:
        errs.append(where + ": marks reversed")
        return ""
    span = src[a + 1:b]
    clean = _strip_marks(src)
    if clean.count(span) != 1:
        errs.append(where + ": marked span not unique")
    text = src[:a] + mp.repl + src[b + 1:]
    if "  " in text or " ." in text or " ," in text or text != text.strip():
        errs.append(where + ": minimal pair spacing")
    return text


def build_lang(lang, bank, errs):
    inj, ben = bank.INJ, bank.BEN
    recs = []
    if tuple(inj) != TECHNIQUES:
        errs.append(lang + ": techniques not in plan order")
    if tuple(ben) != tuple(g for g, _ in GENRES):
        errs.append(lang + ": genres not in plan order")
    used_marks = set()
    for tech in TECHNIQUES:
        entries = inj.get(tech, [])
        if len(entries) != 2:
            errs.append("%s/%s: %d injections, want 2" % (lang, tech, len(entries)))
        encs = []
        for k, e in enumerate(entries):
            where = "%s/%s/%d" % (lang, tech, k)
            if tech in HIDING:
                if e.kind != "O" or e.enc not in HIDING[tech]:
                    errs.append(where + ": hiding technique needs an O entry of its encoding")
                    continue
                encs.append(e.enc if e.enc != "spaced" else ("spaced",) + tuple(e.arg))
            elif tech == "payload_split":
                if e.kind != "S":
                    errs.append(where + ": payload_split needs an S entry")
                    continue
            elif e.kind != "T":
                errs.append(where + ": needs a full text")
                continue
            text = _render(e, lang, errs, where)
            if e.kind == "O":
                _check_obfuscated(e, text, errs, where)
            if e.kind == "S":
                _check_split(e, text, errs, where)
            if e.kind == "T" and MARK_OPEN in e.text:
                used_marks.add((tech, k))
            if e.kind != "T" and (MARK_OPEN in text or MARK_CLOSE in text):
                errs.append(where + ": marks outside a full text")
            recs.append({"id": None, "text": text, "label": "injection", "technique": tech,
                         "lang": lang, "field": e.field})
        if tech in HIDING and len(set(encs)) != len(encs):
            errs.append("%s/%s: the two records need different encodings" % (lang, tech))
        if tech == "rot13_or_reversed" and len(encs) == 2:
            if sum(1 for x in encs if x == "rot13") != 1:
                errs.append(lang + "/rot13_or_reversed: one ROT13 and one reversed record")
    pair_targets = []
    for genre, count in GENRES:
        entries = ben.get(genre, [])
        if len(entries) != count:
            errs.append("%s/%s: %d benign texts, want %d" % (lang, genre, len(entries), count))
        for k, e in enumerate(entries):
            where = "%s/%s/%d" % (lang, genre, k)
            if genre == "minimal_pair":
                if e.kind != "MP":
                    errs.append(where + ": minimal_pair needs an MP entry")
                    continue
                text = _minimal_pair(e, inj, errs, where)
                field = inj[e.tech][e.idx].field
                pair_targets.append((e.tech, e.idx))
            else:
                if e.kind != "T":
                    errs.append(where + ": benign needs a full text")
                    continue
                if MARK_OPEN in e.text or MARK_CLOSE in e.text:
                    errs.append(where + ": mark in benign text")
                text, field = e.text, e.field
            recs.append({"id": None, "text": text, "label": "benign", "technique": genre,
                         "lang": lang, "field": field})
    if len(set(pair_targets)) != len(pair_targets):
        errs.append(lang + ": one injection serves two minimal pairs")
    if used_marks != set(pair_targets):
        errs.append(lang + ": marks only where a minimal pair uses them: %r vs %r"
                    % (sorted(used_marks), sorted(pair_targets)))
    return recs


_BAD_CHARS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def check_records(recs, errs):
    if len(recs) != 720:
        errs.append("want 720 records, have %d" % len(recs))
    seen_ids, seen_text = set(), {}
    for r in recs:
        rid = r["id"]
        if tuple(r) != KEYS:
            errs.append(str(rid) + ": key order")
        if rid in seen_ids:
            errs.append(str(rid) + ": duplicate id")
        seen_ids.add(rid)
        t = r["text"]
        key = fold(t)
        if key in seen_text:
            errs.append("%s: duplicate text of %s" % (rid, seen_text[key]))
        seen_text[key] = rid
        if r["label"] not in LABELS:
            errs.append(rid + ": label")
        if r["lang"] not in LANGS:
            errs.append(rid + ": lang")
        if r["field"] not in FIELDS:
            errs.append(rid + ": field " + str(r["field"]))
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            errs.append(rid + ": technique")
        if r["label"] == "benign" and r["technique"] not in dict(GENRES):
            errs.append(rid + ": genre")
        if not MIN_LEN <= len(t) <= MAX_LEN:
            errs.append("%s: length %d (%s/%s/%s)" % (rid, len(t), r["lang"], r["technique"],
                                                     r["field"]))
        if t != t.strip():
            errs.append(rid + ": outer whitespace")
        if " \n" in t:
            errs.append(rid + ": space before line break")
        if _BAD_CHARS.search(t):
            errs.append(rid + ": forbidden control character")
        if r["field"] in ("title", "link") and ("\n" in t or "\t" in t):
            errs.append(rid + ": line break or tab in " + r["field"])
        if "\t" in t and r["field"] != "feed_row":
            errs.append(rid + ": tab outside a feed row")
        if re.search(r"\{P\}|\{[1-4]\}", t) or MARK_OPEN in t or MARK_CLOSE in t:
            errs.append(rid + ": slot or mark left over")
    for i, r in enumerate(recs, 1):
        if r["id"] != ID_FMT.format(i):
            errs.append("id sequence at %d" % i)
            break
    # counts
    for lang in LANGS:
        sub = [r for r in recs if r["lang"] == lang]
        inj = [r for r in sub if r["label"] == "injection"]
        ben = [r for r in sub if r["label"] == "benign"]
        if len(inj) != 60 or len(ben) != 60:
            errs.append("%s: %d injections, %d benign" % (lang, len(inj), len(ben)))
        for tech in TECHNIQUES:
            n = sum(1 for r in inj if r["technique"] == tech)
            if n != 2:
                errs.append("%s: technique %s %d times" % (lang, tech, n))
        for genre, count in GENRES:
            n = sum(1 for r in ben if r["technique"] == genre)
            if n != count:
                errs.append("%s: genre %s %d times" % (lang, genre, n))
        for f in FIELDS:
            a = sum(1 for r in inj if r["field"] == f)
            b = sum(1 for r in ben if r["field"] == f)
            if a != b:
                errs.append("%s: field %s injections %d, benign %d" % (lang, f, a, b))
    if len(GENRES) != 25 or sum(c for _, c in GENRES) != 60:
        errs.append("genre plan")
    if len(TECHNIQUES) != 30 or len(set(TECHNIQUES)) != 30:
        errs.append("technique plan")


def build(banks):
    """banks: dict lang -> module with INJ and BEN. Returns (records, errors)."""
    errs = []
    recs = []
    for lang in LANGS:
        recs.extend(build_lang(lang, banks[lang], errs))
    random.Random(SEED).shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = ID_FMT.format(i)
    recs = [{k: r[k] for k in KEYS} for r in recs]
    check_records(recs, errs)
    return recs, errs


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def stats(recs):
    lines = []
    for label in LABELS:
        sub = [r for r in recs if r["label"] == label]
        ls = [len(r["text"]) for r in sub]
        lines.append("%s: %d records, length %d-%d, mean %.0f, over 400: %d, with LF: %d, "
                     "with tab: %d" % (label, len(sub), min(ls), max(ls), sum(ls) / len(ls),
                                       sum(1 for x in ls if x > 400),
                                       sum(1 for r in sub if "\n" in r["text"]),
                                       sum(1 for r in sub if "\t" in r["text"])))
    lines.append("field counts per label (injection/benign), mean length inj/ben:")
    for f in FIELDS:
        a = [len(r["text"]) for r in recs if r["field"] == f and r["label"] == "injection"]
        b = [len(r["text"]) for r in recs if r["field"] == f and r["label"] == "benign"]
        lines.append("  %-12s %3d / %3d   %4.0f / %4.0f" % (
            f, len(a), len(b), sum(a) / max(1, len(a)), sum(b) / max(1, len(b))))
    lines.append("per language field counts (each label):")
    lines.append("  lang " + " ".join("%11s" % f for f in FIELDS))
    for lang in LANGS:
        row = [sum(1 for r in recs if r["lang"] == lang and r["label"] == "injection"
                   and r["field"] == f) for f in FIELDS]
        lines.append("  %-4s " % lang + " ".join("%11d" % n for n in row))
    return "\n".join(lines)


# --------------------------------------------------------------------------- helpers for banks

def gtin13(first12):
    """A GTIN-13 with a valid check digit (prefix 4262851 chosen for these sets)."""
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError(first12)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def digest(algo, name):
    """Real digest of an invented file name (hard negatives for base64)."""
    import hashlib
    import zlib
    data = name.encode("utf-8")
    if algo == "crc32":
        return "%08x" % zlib.crc32(data)
    return hashlib.new(algo, data).hexdigest()


def b64url_json(obj):
    raw = json.dumps(obj, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def b64_text(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")
