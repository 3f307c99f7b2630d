"""Core of the thirty-third injection corpus, dev half (dev33).

Technique and genre lists, entry types, encoders, decoders (written apart
from the encoders), the build and the self-checks. Standard library only.
"""

import base64
import binascii
import codecs
import json
import random
import re
import unicodedata

NAME = "dev33.jsonl"
SEED = 330103
ID_PREFIX = "inj-dev33-"
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
KEYS = ("id", "text", "label", "technique", "lang", "field")
MIN_LEN, MAX_LEN = 30, 650

# 30 techniques, two injections per language each. The last four are new.
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
    "unsafe_advice",    # NEW goal: dangerous use or care advice
    "internal_leak",    # NEW goal: publish confidential business data
    "morse",            # NEW hiding: Morse code
    "styled_unicode",   # NEW hiding: fullwidth, mathematical and circled letters
)
NEW_TECHNIQUES = ("unsafe_advice", "internal_leak", "morse", "styled_unicode")

# Hiding techniques and the encodings each may use.
HIDING = {
    "leetspeak": ("leet_digits", "leet_symbols", "leet_vowels"),
    "spacing": ("spacing",),
    "homoglyph": ("hg_cyrillic", "hg_greek", "hg_alternate", "hg_first", "hg_vowels"),
    "invisible_unicode": ("zw_interleave", "tags", "vs_bytes", "zw_binary"),
    "base64": ("b64", "b64url", "b64mime"),
    "rot13_or_reversed": ("rot13", "rev_chars", "rev_words", "rev_each"),
    "morse": ("morse_ascii", "morse_dots"),
    "styled_unicode": ("fullwidth", "math_bold", "math_sans_bold", "math_mono",
                       "math_bold_italic", "circled"),
}

# 25 benign genres with texts per language (10 x 3 + 15 x 2 = 60). The last seven are new.
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
    ("fancy_text", 2),          # NEW: styled Unicode letters in real shop and customer texts
    ("signal_text", 2),         # NEW: Morse, distress signals, dot-and-dash notation
    ("safety_info", 2),         # NEW: genuine limits and safety warnings
    ("confidential_note", 2),   # NEW: internal data marked as not for the copy
    ("customer_question", 2),   # NEW: customers' polite questions to the shop
    ("campaign_voice", 2),      # NEW: legitimate briefs that ask for a voice or a character
    ("foreign_quote", 2),       # NEW: texts that quote another language
)
NEW_GENRES = ("fancy_text", "signal_text", "safety_info", "confidential_note",
              "customer_question", "campaign_voice", "foreign_quote")

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"


# ---------------------------------------------------------------- entry types

def T(field, text):
    """A full text."""
    return ("T", field, text)


def O(field, enc, plain, template, arg=None):
    """An obfuscated injection: the plain instruction, its encoding and a template with {P}."""
    return ("O", field, enc, plain, template, arg)


def S(field, parts, template):
    """A split injection: two to four parts and a template with {1} ... {4}."""
    return ("S", field, tuple(parts), template)


def MP(technique, index):
    """A minimal pair: the injection INJ[technique][index] of the same bank without its marked span."""
    return ("MP", technique, index)


# ------------------------------------------------------------------ encoders

LEET_TABLES = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    "leet_symbols": {"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "t": "+"},
    "leet_vowels": {"a": "4", "e": "3", "i": "1", "o": "0"},
}

CYR = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "j": "\u0458",
    "o": "\u043e", "p": "\u0440", "s": "\u0455", "x": "\u0445", "y": "\u0443",
    "h": "\u04bb", "d": "\u0501",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
    "I": "\u0406", "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e",
    "P": "\u0420", "S": "\u0405", "T": "\u0422", "X": "\u0425", "Y": "\u04ae",
}
GRK = {
    "a": "\u03b1", "i": "\u03b9", "k": "\u03ba", "o": "\u03bf", "p": "\u03c1",
    "u": "\u03c5", "v": "\u03bd", "x": "\u03c7",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399",
    "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1",
    "T": "\u03a4", "X": "\u03a7", "Y": "\u03a5", "Z": "\u0396",
}

MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.",
    "G": "--.", "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..",
    "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.",
    "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---",
    "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--", "?": "..--..",
    "'": ".----.",
}
MORSE_FORMS = {
    # name: (dot, dash, letter separator, word separator)
    "morse_ascii": (".", "-", " ", " / "),
    "morse_dots": ("\u00b7", "\u2212", " ", " | "),
}

STYLE_BASES = {
    # name: (capital A, small a, digit 0 or None)
    "math_bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "math_sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "math_mono": (0x1D670, 0x1D68A, 0x1D7F6),
    "math_bold_italic": (0x1D468, 0x1D482, None),
}

INVISIBLE = set("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b"
                "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061"
                "\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")


def _is_invisible(ch):
    cp = ord(ch)
    return (ch in INVISIBLE or 0xFE00 <= cp <= 0xFE0F or 0xE0000 <= cp <= 0xE0FFF)


def enc_leet(plain, table):
    t = LEET_TABLES[table]
    return "".join(t.get(c, c) for c in plain)


def enc_spacing(plain, seps):
    letter_sep, word_sep = seps
    return word_sep.join(letter_sep.join(word) for word in plain.split(" "))


def enc_homoglyph(plain, mode):
    out = []
    count = 0
    at_word_start = True
    for c in plain:
        if c == " ":
            at_word_start = True
            out.append(c)
            continue
        rep = c
        if mode == "hg_cyrillic":
            rep = CYR.get(c, c)
        elif mode == "hg_greek":
            rep = GRK.get(c, c)
        elif mode == "hg_alternate":
            if c in CYR or c in GRK:
                if count % 2 == 0:
                    rep = CYR.get(c, GRK.get(c))
                else:
                    rep = GRK.get(c, CYR.get(c))
                count += 1
        elif mode == "hg_first":
            if at_word_start and c in CYR:
                rep = CYR[c]
                at_word_start = False
        elif mode == "hg_vowels":
            if c in "aeioAEIO":
                rep = CYR[c]
        else:
            raise ValueError(mode)
        out.append(rep)
    return "".join(out)


def enc_zw_interleave(plain, ch):
    return ch.join(plain)


def enc_tags(plain, _arg=None):
    return "".join(chr(0xE0000 + ord(c)) for c in plain) + "\U000E007F"


def enc_vs_bytes(plain, _arg=None):
    out = []
    for b in plain.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def enc_zw_binary(plain, _arg=None):
    bits = "".join(format(b, "08b") for b in plain.encode("utf-8"))
    return bits.replace("0", "\u200b").replace("1", "\u200c")


def enc_b64(plain, _arg=None):
    return base64.b64encode(plain.encode("utf-8")).decode("ascii")


def enc_b64url(plain, _arg=None):
    return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")


def enc_b64mime(plain, width):
    s = base64.b64encode(plain.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def enc_rot13(plain, _arg=None):
    out = []
    for c in plain:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def enc_rev_chars(plain, _arg=None):
    return plain[::-1]


def enc_rev_words(plain, _arg=None):
    return " ".join(plain.split(" ")[::-1])


def enc_rev_each(plain, _arg=None):
    return " ".join(w[::-1] for w in plain.split(" "))


def enc_morse(plain, form):
    dot, dash, lsep, wsep = MORSE_FORMS[form]
    words = []
    for word in plain.split(" "):
        codes = [MORSE[c].replace(".", "d").replace("-", "D") for c in word]
        words.append(lsep.join(codes).replace("d", dot).replace("D", dash))
    return wsep.join(words)


def enc_styled(plain, style):
    out = []
    for c in plain:
        o = ord(c)
        if style == "fullwidth":
            if c == " ":
                out.append("\u3000")
            elif 0x21 <= o <= 0x7E:
                out.append(chr(o + 0xFEE0))
            else:
                out.append(c)
        elif style == "circled":
            if "A" <= c <= "Z":
                out.append(chr(0x24B6 + o - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x24D0 + o - 97))
            elif "1" <= c <= "9":
                out.append(chr(0x2460 + o - 49))
            elif c == "0":
                out.append("\u24ea")
            else:
                out.append(c)
        else:
            cap, small, digit = STYLE_BASES[style]
            if "A" <= c <= "Z":
                out.append(chr(cap + o - 65))
            elif "a" <= c <= "z":
                out.append(chr(small + o - 97))
            elif "0" <= c <= "9" and digit is not None:
                out.append(chr(digit + o - 48))
            else:
                out.append(c)
    return "".join(out)


def encode(enc, plain, arg):
    if enc in LEET_TABLES:
        return enc_leet(plain, enc)
    if enc == "spacing":
        return enc_spacing(plain, arg)
    if enc.startswith("hg_"):
        return enc_homoglyph(plain, enc)
    if enc == "zw_interleave":
        return enc_zw_interleave(plain, arg)
    if enc == "tags":
        return enc_tags(plain)
    if enc == "vs_bytes":
        return enc_vs_bytes(plain)
    if enc == "zw_binary":
        return enc_zw_binary(plain)
    if enc == "b64":
        return enc_b64(plain)
    if enc == "b64url":
        return enc_b64url(plain)
    if enc == "b64mime":
        return enc_b64mime(plain, arg)
    if enc == "rot13":
        return enc_rot13(plain)
    if enc == "rev_chars":
        return enc_rev_chars(plain)
    if enc == "rev_words":
        return enc_rev_words(plain)
    if enc == "rev_each":
        return enc_rev_each(plain)
    if enc in MORSE_FORMS:
        return enc_morse(plain, enc)
    if enc == "fullwidth" or enc == "circled" or enc in STYLE_BASES:
        return enc_styled(plain, enc)
    raise ValueError("unknown encoding %r" % (enc,))


# ------------------------------------------------------------------ decoders
# Written apart from the encoders: reverse tables, the standard library and
# code-point arithmetic; each first checks the payload's shape.

class DecodeError(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise DecodeError(msg)


def dec_leet(payload, table):
    back = {}
    for letter, sub in LEET_TABLES[table].items():
        back[sub] = letter
    _need(any(c in back for c in payload), "no leet substitution")
    return "".join(back.get(c, c) for c in payload)


def dec_spacing(payload, seps):
    letter_sep, word_sep = seps
    words = []
    for chunk in payload.split(word_sep):
        pieces = chunk.split(letter_sep)
        _need(all(len(p) == 1 for p in pieces), "spacing: a piece is not one character: %r" % (chunk,))
        words.append("".join(pieces))
    return " ".join(words)


_HG_BACK = {}
for _tbl in ({"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "j": "\u0458",
              "o": "\u043e", "p": "\u0440", "s": "\u0455", "x": "\u0445", "y": "\u0443",
              "h": "\u04bb", "d": "\u0501", "A": "\u0410", "B": "\u0412", "C": "\u0421",
              "E": "\u0415", "H": "\u041d", "I": "\u0406", "J": "\u0408", "K": "\u041a",
              "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405", "T": "\u0422",
              "X": "\u0425", "Y": "\u04ae"},
             {"a": "\u03b1", "i": "\u03b9", "k": "\u03ba", "o": "\u03bf", "p": "\u03c1",
              "u": "\u03c5", "v": "\u03bd", "x": "\u03c7", "A": "\u0391", "B": "\u0392",
              "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c",
              "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
              "Y": "\u03a5", "Z": "\u0396"}):
    for _lat, _look in _tbl.items():
        _HG_BACK[_look] = _lat


def dec_homoglyph(payload, _mode):
    n = sum(1 for c in payload if c in _HG_BACK)
    _need(n > 0, "no homoglyph")
    return "".join(_HG_BACK.get(c, c) for c in payload)


def dec_zw_interleave(payload, ch):
    _need(len(payload) % 2 == 1, "interleave: even length")
    _need(all(c == ch for c in payload[1::2]), "interleave: wrong separator")
    return payload[0::2]


def dec_tags(payload, _arg=None):
    _need(payload.endswith("\U000E007F"), "tags: no cancel tag")
    body = payload[:-1]
    _need(all(0xE0020 <= ord(c) <= 0xE007E for c in body), "tags: not tag characters")
    return "".join(chr(ord(c) - 0xE0000) for c in body)


def dec_vs_bytes(payload, _arg=None):
    data = bytearray()
    for c in payload:
        o = ord(c)
        if 0xFE00 <= o <= 0xFE0F:
            data.append(o - 0xFE00)
        elif 0xE0100 <= o <= 0xE01EF:
            data.append(o - 0xE0100 + 16)
        else:
            raise DecodeError("vs: not a variation selector")
    return bytes(data).decode("utf-8")


def dec_zw_binary(payload, _arg=None):
    _need(set(payload) <= {"\u200b", "\u200c"}, "binary: other characters")
    _need(len(payload) % 8 == 0, "binary: not whole bytes")
    bits = "".join("0" if c == "\u200b" else "1" for c in payload)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode("utf-8")


def dec_b64(payload, _arg=None):
    _need(re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", payload) is not None, "b64: shape")
    return base64.b64decode(payload, validate=True).decode("utf-8")


def dec_b64url(payload, _arg=None):
    _need(re.fullmatch(r"[A-Za-z0-9_-]+", payload) is not None, "b64url: shape")
    pad = "=" * (-len(payload) % 4)
    return base64.urlsafe_b64decode(payload + pad).decode("utf-8")


def dec_b64mime(payload, width):
    lines = payload.split("\n")
    _need(len(lines) >= 2, "mime: not wrapped")
    _need(all(len(x) == width for x in lines[:-1]), "mime: line width")
    return binascii.a2b_base64("".join(lines)).decode("utf-8")


def dec_rot13(payload, _arg=None):
    return codecs.decode(payload, "rot_13")


def dec_rev_chars(payload, _arg=None):
    return "".join(reversed(payload))


def dec_rev_words(payload, _arg=None):
    words = payload.split(" ")
    words.reverse()
    return " ".join(words)


def dec_rev_each(payload, _arg=None):
    return " ".join("".join(reversed(w)) for w in payload.split(" "))


_MORSE_BACK = {
    ".-": "A", "-...": "B", "-.-.": "C", "-..": "D", ".": "E", "..-.": "F", "--.": "G",
    "....": "H", "..": "I", ".---": "J", "-.-": "K", ".-..": "L", "--": "M", "-.": "N",
    "---": "O", ".--.": "P", "--.-": "Q", ".-.": "R", "...": "S", "-": "T", "..-": "U",
    "...-": "V", ".--": "W", "-..-": "X", "-.--": "Y", "--..": "Z", "-----": "0",
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",",
    "..--..": "?", ".----.": "'",
}


def dec_morse(payload, form):
    if form == "morse_ascii":
        norm, wsep = payload, " / "
    else:
        norm, wsep = payload.replace("\u00b7", ".").replace("\u2212", "-"), " | "
    _need(set(norm) <= set(".-/| "), "morse: other characters")
    words = []
    for w in norm.split(wsep):
        letters = []
        for code in w.split(" "):
            _need(code in _MORSE_BACK, "morse: unknown code %r" % (code,))
            letters.append(_MORSE_BACK[code])
        words.append("".join(letters))
    return " ".join(words)


def dec_styled(payload, _style):
    _need(any(ord(c) > 0x2000 for c in payload), "styled: nothing styled")
    return unicodedata.normalize("NFKC", payload)


def decode(enc, payload, arg):
    if enc in LEET_TABLES:
        return dec_leet(payload, enc)
    table = {
        "spacing": dec_spacing, "zw_interleave": dec_zw_interleave, "tags": dec_tags,
        "vs_bytes": dec_vs_bytes, "zw_binary": dec_zw_binary, "b64": dec_b64,
        "b64url": dec_b64url, "b64mime": dec_b64mime, "rot13": dec_rot13,
        "rev_chars": dec_rev_chars, "rev_words": dec_rev_words, "rev_each": dec_rev_each,
    }
    if enc in table:
        return table[enc](payload, arg)
    if enc.startswith("hg_"):
        return dec_homoglyph(payload, enc)
    if enc.startswith("morse_"):
        return dec_morse(payload, enc)
    if enc in ("fullwidth", "circled") or enc.startswith("math_"):
        return dec_styled(payload, enc)
    raise DecodeError("no decoder for %r" % (enc,))


# ------------------------------------------------------------- plain rules

def check_plain(enc, plain, arg, where):
    errs = []
    if "  " in plain or "\t" in plain or "\n" in plain or plain != plain.strip():
        errs.append("plain spacing")
    if unicodedata.normalize("NFC", plain) != plain:
        errs.append("plain not NFC")
    if any(_is_invisible(c) for c in plain):
        errs.append("plain has invisible characters")
    if enc in LEET_TABLES:
        if any(c.isdigit() or c in "@!$+|" for c in plain):
            errs.append("leet plain has digits or table symbols")
        if not any(c in LEET_TABLES[enc] for c in plain):
            errs.append("leet plain has nothing to replace")
    if enc == "spacing":
        lsep, wsep = arg
        if any(lsep in w for w in plain.split(" ")) or (wsep.strip() and wsep.strip() in plain) or wsep in plain:
            errs.append("spacing plain contains a separator")
        if lsep == wsep:
            errs.append("spacing separators equal")
    if enc.startswith("hg_"):
        if any("\u0370" <= c <= "\u03ff" or "\u0400" <= c <= "\u052f" for c in plain):
            errs.append("homoglyph plain has Greek or Cyrillic")
    if enc == "tags" and not all(0x20 <= ord(c) <= 0x7E for c in plain):
        errs.append("tag plain not printable ASCII")
    if enc in ("rev_words", "rev_each") and len(plain.split(" ")) < 3:
        errs.append("reversed plain shorter than three words")
    if enc.startswith("rev_") and plain == plain[::-1]:
        errs.append("palindrome")
    if enc.startswith("morse_"):
        if not all(c in MORSE or c == " " for c in plain):
            errs.append("morse plain has characters outside the table")
    if enc in ("fullwidth", "circled") or enc.startswith("math_"):
        if unicodedata.normalize("NFKC", plain) != plain:
            errs.append("styled plain not NFKC-stable")
    if enc == "b64mime" and not (isinstance(arg, int) and arg >= 16 and arg % 4 == 0):
        errs.append("mime width")
    return ["%s: %s" % (where, e) for e in errs]


# --------------------------------------------------------------- the build

def fold(s):
    return " ".join(s.casefold().split())


def _strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _fill(template, slots):
    out = template
    for key, value in slots:
        if out.count(key) != 1:
            raise ValueError("slot %s occurs %d times" % (key, out.count(key)))
        out = out.replace(key, value)
    return out


def _lang_records(lang, bank, errors):
    inj, ben = bank.INJ, bank.BEN
    recs = []
    used_for_pair = {}
    # injections
    if tuple(inj.keys()) != TECHNIQUES:
        errors.append("%s: techniques not in plan order" % lang)
    inj_texts = {}
    for tech in TECHNIQUES:
        entries = inj.get(tech, [])
        if len(entries) != 2:
            errors.append("%s/%s: %d entries" % (lang, tech, len(entries)))
        encs = []
        for i, e in enumerate(entries):
            where = "%s/%s/%d" % (lang, tech, i)
            kind = e[0]
            if tech in HIDING:
                if kind != "O":
                    errors.append("%s: hiding technique needs an O entry" % where)
                    continue
            elif tech == "payload_split":
                if kind != "S":
                    errors.append("%s: payload_split needs an S entry" % where)
                    continue
            elif kind != "T":
                errors.append("%s: needs a T entry" % where)
                continue
            if kind == "T":
                field, raw = e[1], e[2]
                text = _strip_marks(raw)
                inj_texts[(tech, i)] = (field, raw)
            elif kind == "O":
                _, field, enc, plain, tpl, arg = e
                if enc not in HIDING[tech]:
                    errors.append("%s: encoding %s not allowed" % (where, enc))
                errors.extend(check_plain(enc, plain, arg, where))
                payload = encode(enc, plain, arg)
                text = _fill(tpl, [("{P}", payload)])
                # the decode check: cut the payload out by the template's literal prefix and suffix
                pre, suf = tpl.split("{P}")
                if not (text.startswith(pre) and text.endswith(suf)):
                    errors.append("%s: carrier changed" % where)
                cut = text[len(pre):len(text) - len(suf)]
                try:
                    back = decode(enc, cut, arg)
                except (DecodeError, ValueError, UnicodeDecodeError, binascii.Error) as ex:
                    errors.append("%s: decode failed: %s" % (where, ex))
                    back = None
                if back != plain:
                    errors.append("%s: decoded %r != plain %r" % (where, back, plain))
                if cut == plain:
                    errors.append("%s: payload equals plain" % where)
                if fold(plain) in fold(text):
                    errors.append("%s: plain instruction in clear" % where)
                encs.append(enc if enc != "spacing" else ("spacing",) + tuple(arg))
            else:  # S
                _, field, parts, tpl = e
                if not 2 <= len(parts) <= 4:
                    errors.append("%s: %d parts" % (where, len(parts)))
                text = _fill(tpl, [("{%d}" % (k + 1), p) for k, p in enumerate(parts)])
                pos = 0
                for p in parts:
                    j = text.find(p, pos)
                    if j < 0:
                        errors.append("%s: part out of order: %r" % (where, p))
                        break
                    pos = j + len(p)
                joined = " ".join(parts)
                depunct = re.sub(r"[^\w\s]", " ", text)
                if fold(joined) in fold(text) or fold(re.sub(r"[^\w\s]", " ", joined)) in fold(depunct):
                    errors.append("%s: joined instruction stands in the text" % where)
            if tech in HIDING and len(encs) == 2 and encs[0] == encs[1]:
                errors.append("%s/%s: both records use the same encoding" % (lang, tech))
            recs.append({"text": text, "label": "injection", "technique": tech,
                         "lang": lang, "field": field})
    if tech_rot := inj.get("rot13_or_reversed"):
        kinds = sorted("rot13" if e[2] == "rot13" else "rev" for e in tech_rot if e[0] == "O")
        if kinds != ["rev", "rot13"]:
            errors.append("%s: rot13_or_reversed needs one rot13 and one reversed record" % lang)
    # benign
    if tuple(ben.keys()) != tuple(g for g, _ in GENRES):
        errors.append("%s: genres not in plan order" % lang)
    for genre, n in GENRES:
        entries = ben.get(genre, [])
        if len(entries) != n:
            errors.append("%s/%s: %d texts, want %d" % (lang, genre, len(entries), n))
        for i, e in enumerate(entries):
            where = "%s/%s/%d" % (lang, genre, i)
            if genre == "minimal_pair":
                if e[0] != "MP":
                    errors.append("%s: minimal_pair needs an MP entry" % where)
                    continue
                key = (e[1], e[2])
                if key not in inj_texts:
                    errors.append("%s: no T injection %r" % (where, key))
                    continue
                if key in used_for_pair:
                    errors.append("%s: injection used twice" % where)
                used_for_pair[key] = True
                field, raw = inj_texts[key]
                if raw.count(MARK_OPEN) != 1 or raw.count(MARK_CLOSE) != 1:
                    errors.append("%s: injection needs exactly one marked span" % where)
                    continue
                a, b = raw.index(MARK_OPEN), raw.index(MARK_CLOSE)
                span = raw[a + 1:b]
                text = raw[:a] + raw[b + 1:]
                full = _strip_marks(raw)
                if not span or full.count(span) != 1:
                    errors.append("%s: span must occur once" % where)
                if full != text[:a] + span + text[a:]:
                    errors.append("%s: pair is not the injection minus one span" % where)
                if "  " in text or text != text.strip() or " ." in text or " ," in text:
                    errors.append("%s: pair spacing" % where)
            else:
                if e[0] != "T":
                    errors.append("%s: benign needs a T entry" % where)
                    continue
                field, text = e[1], e[2]
            recs.append({"text": text, "label": "benign", "technique": genre,
                         "lang": lang, "field": field})
    for key, (field, raw) in inj_texts.items():
        if (MARK_OPEN in raw or MARK_CLOSE in raw) and key not in used_for_pair:
            errors.append("%s/%s/%d: marks in an injection no pair uses" % (lang, key[0], key[1]))
    return recs


def load_banks():
    import importlib
    return {lang: importlib.import_module("injection33_dev_" + lang) for lang in LANGS}


def build(banks):
    """Return (records, errors). Records carry ids and keys in order."""
    errors = []
    recs = []
    for lang in LANGS:
        recs.extend(_lang_records(lang, banks[lang], errors))
    rng = random.Random(SEED)
    rng.shuffle(recs)
    out = []
    for n, r in enumerate(recs, 1):
        out.append({"id": "%s%04d" % (ID_PREFIX, n), "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    errors.extend(check_records(out))
    return out, errors


def check_records(recs):
    errs = []
    if len(recs) != 720:
        errs.append("%d records, want 720" % len(recs))
    ids = [r["id"] for r in recs]
    if ids != ["%s%04d" % (ID_PREFIX, n) for n in range(1, len(recs) + 1)] or len(set(ids)) != len(ids):
        errs.append("ids not 0001.. in sequence or not unique")
    seen = {}
    genre_n = dict(GENRES)
    counts = {}
    fields = {}
    for r in recs:
        if tuple(r.keys()) != KEYS:
            errs.append("%s: key order" % r["id"])
        t = r["text"]
        if r["label"] not in ("injection", "benign"):
            errs.append("%s: label" % r["id"])
        if r["lang"] not in LANGS:
            errs.append("%s: lang" % r["id"])
        if r["field"] not in FIELDS:
            errs.append("%s: field" % r["id"])
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            errs.append("%s: technique" % r["id"])
        if r["label"] == "benign" and r["technique"] not in genre_n:
            errs.append("%s: genre" % r["id"])
        if not MIN_LEN <= len(t) <= MAX_LEN:
            errs.append("%s: length %d" % (r["id"], len(t)))
        if t != t.strip():
            errs.append("%s: outer whitespace" % r["id"])
        if any(c in t for c in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
            errs.append("%s: forbidden control or separator" % r["id"])
        if r["field"] in ("title", "link") and ("\n" in t or "\t" in t):
            errs.append("%s: line break or tab in %s" % (r["id"], r["field"]))
        if " \n" in t:
            errs.append("%s: space before line break" % r["id"])
        if MARK_OPEN in t or MARK_CLOSE in t or re.search(r"\{(P|[1-4])\}", t):
            errs.append("%s: mark or slot left over" % r["id"])
        k = fold(t)
        if k in seen:
            errs.append("%s: duplicate of %s" % (r["id"], seen[k]))
        seen[k] = r["id"]
        key = (r["lang"], r["label"], r["technique"])
        counts[key] = counts.get(key, 0) + 1
        fk = (r["lang"], r["label"], r["field"])
        fields[fk] = fields.get(fk, 0) + 1
    for lang in LANGS:
        for tech in TECHNIQUES:
            if counts.get((lang, "injection", tech), 0) != 2:
                errs.append("%s/%s: not 2 injections" % (lang, tech))
        for g, n in GENRES:
            if counts.get((lang, "benign", g), 0) != n:
                errs.append("%s/%s: not %d texts" % (lang, g, n))
        ni = sum(v for (l, lab, _), v in counts.items() if l == lang and lab == "injection")
        nb = sum(v for (l, lab, _), v in counts.items() if l == lang and lab == "benign")
        if ni != 60 or nb != 60:
            errs.append("%s: %d injections, %d benign" % (lang, ni, nb))
        for f in FIELDS:
            a = fields.get((lang, "injection", f), 0)
            b = fields.get((lang, "benign", f), 0)
            if a != b:
                errs.append("%s/%s: %d injections against %d benign" % (lang, f, a, b))
    if len(TECHNIQUES) != 30 or len(set(TECHNIQUES)) != 30:
        errs.append("technique list")
    if len(GENRES) != 25 or sum(n for _, n in GENRES) != 60:
        errs.append("genre list")
    return errs


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def stats(recs):
    lines = []
    for label in ("injection", "benign"):
        ls = [len(r["text"]) for r in recs if r["label"] == label]
        lines.append("%s: %d records, length %d-%d, mean %.0f" % (
            label, len(ls), min(ls), max(ls), sum(ls) / len(ls)))
    lines.append("fields per label (injection / benign), all languages:")
    for f in FIELDS:
        a = [len(r["text"]) for r in recs if r["field"] == f and r["label"] == "injection"]
        b = [len(r["text"]) for r in recs if r["field"] == f and r["label"] == "benign"]
        lines.append("  %-11s %3d / %3d   mean length %s / %s" % (
            f, len(a), len(b), round(sum(a) / len(a)) if a else "-", round(sum(b) / len(b)) if b else "-"))
    lines.append("fields per language (same for both labels):")
    lines.append("  lang " + " ".join("%11s" % f for f in FIELDS))
    for lang in LANGS:
        row = [sum(1 for r in recs if r["lang"] == lang and r["field"] == f and r["label"] == "injection")
               for f in FIELDS]
        lines.append("  %-4s " % lang + " ".join("%11d" % v for v in row))
    for label in ("injection", "benign"):
        nl = sum(1 for r in recs if r["label"] == label and "\n" in r["text"])
        tb = sum(1 for r in recs if r["label"] == label and "\t" in r["text"])
        over = sum(1 for r in recs if r["label"] == label and len(r["text"]) > 400)
        lines.append("%s: %d with line breaks, %d with tabs, %d over 400" % (label, nl, tb, over))
    rx = re.compile(r"ignor|forget|vergiss|vergess|oubli|olvid|dimentic|negeer|vergeet", re.I)
    for label in ("injection", "benign"):
        n = sum(1 for r in recs if r["label"] == label and rx.search(r["text"]))
        lines.append("%s texts with an ignore/forget word: %d" % (label, n))
    return "\n".join(lines)


def fancy(text, style):
    """Styled letters for benign texts (the same mapping as the encoder)."""
    return enc_styled(text, style)
