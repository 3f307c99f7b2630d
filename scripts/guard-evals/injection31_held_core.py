"""Core of the thirty-first injection corpus, held-out half (heldout31).

Technique and genre lists, entry types, encoders and decoders, the build and
the self-checks. Standard library only. The language banks live in
injection31_held_{de,en,fr,es,it,nl}.py; the entry point is injection31_held.py.
"""

import base64
import codecs
import json
import random
import re
import unicodedata

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
LABELS = ("injection", "benign")
MIN_LEN, MAX_LEN = 30, 650
PER_TECHNIQUE = 2

# 26 techniques from the request, then four of this half's own (NEW).
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
    "exfil_url",        # NEW goal: put the hidden brief, system text or data into an outside URL
    "phishing_lure",    # NEW goal: make the copy ask shoppers for passwords, card data or payments
    "styled_letters",   # NEW hiding: Unicode mathematical, fullwidth or circled letters (NFKC decodes)
    "hex_bytes",        # NEW hiding: the UTF-8 bytes of the instruction in hexadecimal
)
NEW_TECHNIQUES = ("exfil_url", "phishing_lure", "styled_letters", "hex_bytes")

# Benign genres with the number of texts per language (sum 60); the last seven are NEW.
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
    ("styled_text", 2),        # NEW: the shop's own bold/fullwidth/spaced lettering; negative for styled_letters, spacing
    ("hex_values", 2),         # NEW: colour codes, serials, UUIDs, hex dumps of labels; negative for hex_bytes
    ("image_links", 2),        # NEW: CDN images, Markdown images, newsletter pixels; negative for exfil_url
    ("security_notice", 2),    # NEW: the shop's anti-phishing warnings; negative for phishing_lure
    ("account_help", 2),       # NEW: genuine log-in, password-reset and order-number help; negative for phishing_lure
    ("customer_question", 2),  # NEW: shoppers' polite questions with the shop's answers; negative for polite_request
    ("glossary_entry", 2),     # NEW: multilingual glossary and translation notes; negative for cross_language
)
NEW_GENRES = GENRES[-7:]
GENRE_COUNTS = dict(GENRES)

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"


# --------------------------------------------------------------------------- entry types

class T:
    """A full text. May hold one span in MARK_OPEN ... MARK_CLOSE for a minimal pair."""
    __slots__ = ("text", "field")

    def __init__(self, text, field):
        self.text = text
        self.field = field


class O:
    """An obfuscated injection: plain instruction, encoding, template with {P}."""
    __slots__ = ("plain", "enc", "template", "field", "opts")

    def __init__(self, plain, enc, template, field, **opts):
        self.plain = plain
        self.enc = enc
        self.template = template
        self.field = field
        self.opts = opts


class S:
    """A split injection: three parts and a template with {1} {2} {3}."""
    __slots__ = ("parts", "template", "field")

    def __init__(self, parts, template, field):
        self.parts = tuple(parts)
        self.template = template
        self.field = field


class MP:
    """A minimal pair: the marked injection (technique, index) of the same bank without its mark."""
    __slots__ = ("technique", "index")

    def __init__(self, technique, index):
        self.technique = technique
        self.index = index


# --------------------------------------------------------------------------- leetspeak

LEET_TABLES = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "b": "8", "g": "9"},
    "leet_symbols": {"a": "@", "e": "3", "i": "!", "o": "()", "s": "$", "t": "+", "l": "|"},
}


def leet_encode(plain, table):
    return "".join(table.get(ch, ch) for ch in plain)


def leet_decode(payload, table):
    rev = sorted(((v, k) for k, v in table.items()), key=lambda kv: (-len(kv[0]), kv[0]))
    out = []
    i = 0
    while i < len(payload):
        for v, k in rev:
            if payload.startswith(v, i):
                out.append(k)
                i += len(v)
                break
        else:
            out.append(payload[i])
            i += 1
    return "".join(out)


def leet_rule(plain, table):
    bad = set("".join(table.values())) | set("0123456789")
    hit = sorted(ch for ch in set(plain) if ch in bad)
    return "leet plain holds %r" % hit if hit else None


# --------------------------------------------------------------------------- spacing

def spacing_encode(plain, sep, wsep):
    return wsep.join(sep.join(word) for word in plain.split(" "))


def spacing_decode(payload, sep, wsep):
    return " ".join(word.replace(sep, "") for word in payload.split(wsep))


def spacing_rule(plain, sep, wsep):
    if sep == wsep:
        return "letter and word separator are the same"
    for word in plain.split(" "):
        if sep in word or (wsep.strip() and wsep.strip() in word):
            return "separator %r / %r occurs in the plain word %r" % (sep, wsep, word)
    return None


# --------------------------------------------------------------------------- homoglyphs

CYR = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
    "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "I": "\u0406",
    "J": "\u0408", "S": "\u0405",
}
GRK = {
    "a": "\u03b1", "i": "\u03b9", "k": "\u03ba", "o": "\u03bf", "u": "\u03c5", "v": "\u03bd",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",
    "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
    "Y": "\u03a5", "Z": "\u0396",
}
HOMO_BACK = {}
for _m in (CYR, GRK):
    for _k, _v in _m.items():
        HOMO_BACK[_v] = _k


def homoglyph_encode(plain, mode):
    out = []
    n = 0  # replaceable letters seen
    for ch in plain:
        if mode == "homo_cyr":
            out.append(CYR.get(ch, ch))
        elif mode == "homo_greek":
            out.append(GRK.get(ch, ch))
        elif mode == "homo_cyr_half":
            if ch in CYR:
                out.append(CYR[ch] if n % 2 == 0 else ch)
                n += 1
            else:
                out.append(ch)
        elif mode == "homo_mixed":
            if ch in CYR and ch in GRK:
                out.append(CYR[ch] if n % 2 == 0 else GRK[ch])
                n += 1
            elif ch in CYR:
                out.append(CYR[ch])
            elif ch in GRK:
                out.append(GRK[ch])
            else:
                out.append(ch)
        elif mode == "homo_vowels":
            out.append(CYR[ch] if ch in "aeioAEIO" and ch in CYR else ch)
        else:
            raise ValueError(mode)
    return "".join(out)


def homoglyph_decode(payload):
    return "".join(HOMO_BACK.get(ch, ch) for ch in payload)


def homoglyph_rule(plain):
    for ch in plain:
        name = unicodedata.name(ch, "")
        if name.startswith(("CYRILLIC", "GREEK")):
            return "homoglyph plain holds %r" % ch
    return None


# --------------------------------------------------------------------------- invisible characters

INVISIBLES = ("\u200b", "\u200c", "\u200d", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064",
              "\ufeff", "\u00ad", "\u034f", "\u180e")


def interleave_encode(plain, chars):
    out = []
    k = 0
    for word_i, word in enumerate(plain.split(" ")):
        if word_i:
            out.append(" ")
        for j, ch in enumerate(word):
            if j:
                out.append(chars[k % len(chars)])
                k += 1
            out.append(ch)
    return "".join(out)


def interleave_decode(payload, chars):
    return "".join(ch for ch in payload if ch not in chars)


def tags_encode(plain):
    return "".join(chr(0xE0000 + ord(ch)) for ch in plain) + "\U000e007f"


def tags_decode(payload):
    if not payload.endswith("\U000e007f"):
        raise ValueError("tag payload without cancel tag")
    return "".join(chr(ord(ch) - 0xE0000) for ch in payload[:-1])


ZW0, ZW1 = "\u200b", "\u200c"


def zwbin_encode(plain):
    bits = "".join(format(b, "08b") for b in plain.encode("utf-8"))
    return "".join(ZW1 if bit == "1" else ZW0 for bit in bits)


def zwbin_decode(payload):
    bits = "".join("1" if ch == ZW1 else "0" if ch == ZW0 else "?" for ch in payload)
    if "?" in bits or len(bits) % 8:
        raise ValueError("bad zero-width binary payload")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode("utf-8")


def vs_encode(plain):
    out = []
    for b in plain.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def vs_decode(payload):
    data = []
    for ch in payload:
        cp = ord(ch)
        if 0xFE00 <= cp <= 0xFE0F:
            data.append(cp - 0xFE00)
        elif 0xE0100 <= cp <= 0xE01EF:
            data.append(cp - 0xE0100 + 16)
        else:
            raise ValueError("not a variation selector: U+%04X" % cp)
    return bytes(data).decode("utf-8")


# --------------------------------------------------------------------------- styled letters

STYLES = {
    # name: (capital A, small a, digit 0 or None)
    "math_bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "math_bold_italic": (0x1D468, 0x1D482, None),
    "math_sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "math_sans_italic": (0x1D608, 0x1D622, None),
    "math_mono": (0x1D670, 0x1D68A, 0x1D7F6),
    "fullwidth": (0xFF21, 0xFF41, 0xFF10),
    "circled": (0x24B6, 0x24D0, None),
}


def styled_encode(plain, style):
    cap, small, digit = STYLES[style]
    out = []
    for ch in plain:
        if "A" <= ch <= "Z":
            out.append(chr(cap + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(small + ord(ch) - 97))
        elif digit is not None and "0" <= ch <= "9":
            out.append(chr(digit + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def styled_decode(payload):
    return unicodedata.normalize("NFKC", payload)


def styled_rule(plain):
    if unicodedata.normalize("NFKC", plain) != plain:
        return "styled plain is not NFKC-stable"
    if sum(ch.isascii() and ch.isalpha() for ch in plain) < len(plain.replace(" ", "")) * 0.6:
        return "styled plain has too few ASCII letters"
    return None


# --------------------------------------------------------------------------- hex

def hex_encode(plain, form):
    data = plain.encode("utf-8")
    if form == "hex_lower":
        return data.hex()
    if form == "hex_pairs":
        return " ".join("%02X" % b for b in data)
    if form == "hex_escaped":
        return "".join("\\x%02x" % b for b in data)
    if form == "hex_colon":
        return ":".join("%02x" % b for b in data)
    raise ValueError(form)


def hex_decode(payload):
    cleaned = payload.replace("\\x", "").replace(" ", "").replace(":", "")
    if not re.fullmatch(r"(?:[0-9A-Fa-f]{2})+", cleaned):
        raise ValueError("not a hex payload")
    return bytes.fromhex(cleaned).decode("utf-8")


# --------------------------------------------------------------------------- base64, rot13, reversal

def b64_encode(plain, url):
    data = plain.encode("utf-8")
    if url:
        return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")
    return base64.b64encode(data).decode("ascii")


def b64_decode(payload, url):
    if url:
        pad = "=" * (-len(payload) % 4)
        return base64.urlsafe_b64decode(payload + pad).decode("utf-8")
    return base64.b64decode(payload, validate=True).decode("utf-8")


def rot13(s):
    return codecs.encode(s, "rot13")


# --------------------------------------------------------------------------- encoding table

def _enc_table():
    t = {}
    for name, table in LEET_TABLES.items():
        t[name] = ("leetspeak",
                   lambda p, o, tb=table: leet_encode(p, tb),
                   lambda x, o, tb=table: leet_decode(x, tb),
                   lambda p, o, tb=table: leet_rule(p, tb))
    t["spaced"] = ("spacing",
                   lambda p, o: spacing_encode(p, o["sep"], o["wsep"]),
                   lambda x, o: spacing_decode(x, o["sep"], o["wsep"]),
                   lambda p, o: spacing_rule(p, o["sep"], o["wsep"]))
    for mode in ("homo_cyr", "homo_greek", "homo_cyr_half", "homo_mixed", "homo_vowels"):
        t[mode] = ("homoglyph",
                   lambda p, o, m=mode: homoglyph_encode(p, m),
                   lambda x, o: homoglyph_decode(x),
                   lambda p, o: homoglyph_rule(p))
    t["zw_interleave"] = ("invisible_unicode",
                          lambda p, o: interleave_encode(p, o["chars"]),
                          lambda x, o: interleave_decode(x, o["chars"]),
                          lambda p, o: ("invisible char in plain"
                                        if any(c in INVISIBLES for c in p) else None))
    t["tags"] = ("invisible_unicode",
                 lambda p, o: tags_encode(p),
                 lambda x, o: tags_decode(x),
                 lambda p, o: (None if all(32 <= ord(c) < 127 for c in p)
                               else "tag plain must be printable ASCII"))
    t["zw_binary"] = ("invisible_unicode",
                      lambda p, o: zwbin_encode(p),
                      lambda x, o: zwbin_decode(x),
                      lambda p, o: None)
    t["vs_bytes"] = ("invisible_unicode",
                     lambda p, o: vs_encode(p),
                     lambda x, o: vs_decode(x),
                     lambda p, o: None)
    t["b64"] = ("base64", lambda p, o: b64_encode(p, False), lambda x, o: b64_decode(x, False),
                lambda p, o: None)
    t["b64url"] = ("base64", lambda p, o: b64_encode(p, True), lambda x, o: b64_decode(x, True),
                   lambda p, o: None)
    t["rot13"] = ("rot13_or_reversed", lambda p, o: rot13(p), lambda x, o: rot13(x),
                  lambda p, o: None)
    t["rev_chars"] = ("rot13_or_reversed", lambda p, o: p[::-1], lambda x, o: x[::-1],
                      lambda p, o: None)
    t["rev_words"] = ("rot13_or_reversed",
                      lambda p, o: " ".join(reversed(p.split(" "))),
                      lambda x, o: " ".join(reversed(x.split(" "))),
                      lambda p, o: None)
    t["rev_each_word"] = ("rot13_or_reversed",
                          lambda p, o: " ".join(w[::-1] for w in p.split(" ")),
                          lambda x, o: " ".join(w[::-1] for w in x.split(" ")),
                          lambda p, o: None)
    for style in STYLES:
        t[style] = ("styled_letters",
                    lambda p, o, s=style: styled_encode(p, s),
                    lambda x, o: styled_decode(x),
                    lambda p, o: styled_rule(p))
    for form in ("hex_lower", "hex_pairs", "hex_escaped", "hex_colon"):
        t[form] = ("hex_bytes",
                   lambda p, o, f=form: hex_encode(p, f),
                   lambda x, o: hex_decode(x),
                   lambda p, o: None)
    return t


ENCODINGS = _enc_table()
OBFUSCATION_TECHNIQUES = tuple(sorted({v[0] for v in ENCODINGS.values()},
                                      key=TECHNIQUES.index))


# --------------------------------------------------------------------------- helpers

def fold(s):
    return " ".join(s.casefold().split())


def punct_fold(s):
    return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())


BAD_CHARS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


class CheckError(Exception):
    pass


def _fail(msg):
    raise CheckError(msg)


def _strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _cut_mark(text):
    a = text.index(MARK_OPEN)
    b = text.index(MARK_CLOSE)
    return text[:a] + text[b + 1:]


def _render(entry, where):
    """Returns (text, field, kind) for an injection or benign entry (MP handled by caller)."""
    if isinstance(entry, T):
        return entry.text, entry.field, "T"
    if isinstance(entry, O):
        if entry.enc not in ENCODINGS:
            _fail("%s: unknown encoding %s" % (where, entry.enc))
        if entry.template.count("{P}") != 1:
            _fail("%s: template needs one {P}" % where)
        _tech, enc, dec, rule = ENCODINGS[entry.enc]
        plain = entry.plain
        if unicodedata.normalize("NFC", plain) != plain:
            _fail("%s: plain not NFC" % where)
        if "  " in plain or "\n" in plain or plain != plain.strip():
            _fail("%s: plain needs single spaces and no line breaks" % where)
        problem = rule(plain, entry.opts)
        if problem:
            _fail("%s: %s" % (where, problem))
        payload = enc(plain, entry.opts)
        if payload == plain:
            _fail("%s: payload equals plain" % where)
        text = entry.template.replace("{P}", payload)
        # decode check: cut the payload out of the finished text by the literal prefix and suffix
        prefix, suffix = entry.template.split("{P}")
        if not (text.startswith(prefix) and text.endswith(suffix)):
            _fail("%s: cannot cut payload" % where)
        cut = text[len(prefix):len(text) - len(suffix)]
        decoded = dec(cut, entry.opts)
        if decoded != plain:
            _fail("%s: decode mismatch %r != %r" % (where, decoded, plain))
        if fold(plain) in fold(text):
            _fail("%s: plain instruction stands in clear" % where)
        return text, entry.field, "O"
    if isinstance(entry, S):
        if len(entry.parts) != 3:
            _fail("%s: split needs three parts" % where)
        text = entry.template
        for i, part in enumerate(entry.parts, 1):
            key = "{%d}" % i
            if text.count(key) != 1:
                _fail("%s: template needs one %s" % (where, key))
            text = text.replace(key, part)
        pos = 0
        for part in entry.parts:
            j = text.find(part, pos)
            if j < 0:
                _fail("%s: split parts out of order" % where)
            pos = j + len(part)
        joined = " ".join(entry.parts)
        if fold(joined) in fold(text) or punct_fold(joined) in punct_fold(text):
            _fail("%s: joined split instruction stands in clear" % where)
        return text, entry.field, "S"
    _fail("%s: unknown entry type %r" % (where, type(entry).__name__))


# --------------------------------------------------------------------------- build

def build_records(banks, seed, id_prefix):
    """banks: mapping lang -> module with INJ and BEN. Returns the shuffled records."""
    records = []
    for lang in LANGS:
        bank = banks[lang]
        inj, ben = bank.INJ, bank.BEN
        if tuple(inj) != TECHNIQUES:
            _fail("%s: techniques not in plan order" % lang)
        if tuple(ben) != tuple(g for g, _ in GENRES):
            _fail("%s: genres not in plan order" % lang)
        used_marks = set()
        inj_texts = {}
        for tech in TECHNIQUES:
            entries = inj[tech]
            if len(entries) != PER_TECHNIQUE:
                _fail("%s/%s: %d entries" % (lang, tech, len(entries)))
            encs = []
            for i, entry in enumerate(entries):
                where = "%s/%s/%d" % (lang, tech, i)
                if tech in OBFUSCATION_TECHNIQUES:
                    if not isinstance(entry, O) or ENCODINGS[entry.enc][0] != tech:
                        _fail("%s: needs an O entry of its technique" % where)
                    key = (entry.enc, tuple(sorted((k, str(v)) for k, v in entry.opts.items())))
                    encs.append(key)
                elif tech == "payload_split":
                    if not isinstance(entry, S):
                        _fail("%s: needs an S entry" % where)
                elif not isinstance(entry, T):
                    _fail("%s: needs a T entry" % where)
                text, field, kind = _render(entry, where)
                inj_texts[(tech, i)] = (text, field)
                records.append({"id": None, "text": _strip_marks(text), "label": "injection",
                                "technique": tech, "lang": lang, "field": field})
            if tech in OBFUSCATION_TECHNIQUES and encs[0] == encs[1]:
                _fail("%s/%s: both records use the same encoding" % (lang, tech))
            if tech == "rot13_or_reversed":
                kinds = sorted("rot13" if e.enc == "rot13" else "rev" for e in entries)
                if kinds != ["rev", "rot13"]:
                    _fail("%s/rot13_or_reversed: needs one ROT13 and one reversed" % lang)
            if tech == "invisible_unicode":
                kinds = sorted("inter" if e.enc == "zw_interleave" else "whole" for e in entries)
                if kinds != ["inter", "whole"]:
                    _fail("%s/invisible_unicode: needs one interleaved and one whole" % lang)
        for genre, count in GENRES:
            entries = ben[genre]
            if len(entries) != count:
                _fail("%s/%s: %d texts, expected %d" % (lang, genre, len(entries), count))
            for i, entry in enumerate(entries):
                where = "%s/%s/%d" % (lang, genre, i)
                if isinstance(entry, MP):
                    if genre != "minimal_pair":
                        _fail("%s: MP outside minimal_pair" % where)
                    key = (entry.technique, entry.index)
                    src = inj[entry.technique][entry.index]
                    if not isinstance(src, T) or src.text.count(MARK_OPEN) != 1 \
                            or src.text.count(MARK_CLOSE) != 1:
                        _fail("%s: referenced injection has no single mark" % where)
                    if key in used_marks:
                        _fail("%s: injection used twice" % where)
                    used_marks.add(key)
                    text, field = _cut_mark(src.text), src.field
                    full = _strip_marks(src.text)
                    # exactly one contiguous span removed
                    a = src.text.index(MARK_OPEN)
                    if not (full.startswith(text[:a]) and full.endswith(text[a:])
                            and len(full) > len(text)):
                        _fail("%s: minimal pair is not a one-span cut" % where)
                else:
                    if genre == "minimal_pair":
                        _fail("%s: minimal_pair must be MP" % where)
                    if not isinstance(entry, T):
                        _fail("%s: benign texts are T entries" % where)
                    text, field = entry.text, entry.field
                    if MARK_OPEN in text or MARK_CLOSE in text:
                        _fail("%s: mark in benign text" % where)
                records.append({"id": None, "text": text, "label": "benign",
                                "technique": genre, "lang": lang, "field": field})
        for tech in TECHNIQUES:
            for i, entry in enumerate(inj[tech]):
                if isinstance(entry, T) and MARK_OPEN in entry.text and (tech, i) not in used_marks:
                    _fail("%s/%s/%d: mark without minimal pair" % (lang, tech, i))
    rng = random.Random(seed)
    rng.shuffle(records)
    out = []
    for n, rec in enumerate(records, 1):
        out.append({"id": "%s%04d" % (id_prefix, n), "text": rec["text"], "label": rec["label"],
                    "technique": rec["technique"], "lang": rec["lang"], "field": rec["field"]})
    check_records(out, id_prefix)
    return out


def check_records(records, id_prefix):
    if len(records) != 720:
        _fail("expected 720 records, got %d" % len(records))
    keys = ("id", "text", "label", "technique", "lang", "field")
    seen_ids, seen_texts = set(), {}
    counts = {}
    fields = {}
    for n, rec in enumerate(records, 1):
        if tuple(rec) != keys:
            _fail("key order %r" % (tuple(rec),))
        if rec["id"] != "%s%04d" % (id_prefix, n) or rec["id"] in seen_ids:
            _fail("bad id %s" % rec["id"])
        seen_ids.add(rec["id"])
        text = rec["text"]
        if rec["label"] not in LABELS or rec["lang"] not in LANGS or rec["field"] not in FIELDS:
            _fail("%s: unknown label, lang or field" % rec["id"])
        if rec["label"] == "injection" and rec["technique"] not in TECHNIQUES:
            _fail("%s: unknown technique" % rec["id"])
        if rec["label"] == "benign" and rec["technique"] not in GENRE_COUNTS:
            _fail("%s: unknown genre" % rec["id"])
        if not (MIN_LEN <= len(text) <= MAX_LEN):
            _fail("%s: length %d" % (rec["id"], len(text)))
        if text != text.strip():
            _fail("%s: leading or trailing whitespace" % rec["id"])
        if any(c in text for c in BAD_CHARS):
            _fail("%s: forbidden control or separator" % rec["id"])
        if rec["field"] in ("title", "link") and "\n" in text:
            _fail("%s: line break in %s" % (rec["id"], rec["field"]))
        for leftover in ("{P}", "{1}", "{2}", "{3}", MARK_OPEN, MARK_CLOSE):
            if leftover in text:
                _fail("%s: leftover %r" % (rec["id"], leftover))
        f = fold(text)
        if f in seen_texts:
            _fail("%s: duplicate text of %s" % (rec["id"], seen_texts[f]))
        seen_texts[f] = rec["id"]
        k = (rec["lang"], rec["label"], rec["technique"])
        counts[k] = counts.get(k, 0) + 1
        fk = (rec["lang"], rec["label"], rec["field"])
        fields[fk] = fields.get(fk, 0) + 1
    for lang in LANGS:
        for tech in TECHNIQUES:
            if counts.get((lang, "injection", tech), 0) != PER_TECHNIQUE:
                _fail("%s/%s: count" % (lang, tech))
        for genre, c in GENRES:
            if counts.get((lang, "benign", genre), 0) != c:
                _fail("%s/%s: count" % (lang, genre))
        for field in FIELDS:
            a = fields.get((lang, "injection", field), 0)
            b = fields.get((lang, "benign", field), 0)
            if a != b:
                _fail("%s/%s: %d injections but %d benign texts" % (lang, field, a, b))
    if sum(c for _, c in GENRES) != 60:
        _fail("genre counts do not sum to 60")


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def stats(records):
    lines = []
    for label in LABELS:
        ls = [len(r["text"]) for r in records if r["label"] == label]
        lines.append("%s: n=%d len %d-%d mean %.0f" % (label, len(ls), min(ls), max(ls),
                                                      sum(ls) / len(ls)))
    lines.append("field counts per label (all languages):")
    for field in FIELDS:
        a = [len(r["text"]) for r in records if r["label"] == "injection" and r["field"] == field]
        b = [len(r["text"]) for r in records if r["label"] == "benign" and r["field"] == field]
        lines.append("  %-11s inj %3d (mean %3.0f)  ben %3d (mean %3.0f)" % (
            field, len(a), sum(a) / max(1, len(a)), len(b), sum(b) / max(1, len(b))))
    lines.append("field counts per language (same for both labels):")
    for lang in LANGS:
        row = [sum(1 for r in records if r["lang"] == lang and r["label"] == "injection"
                   and r["field"] == f) for f in FIELDS]
        lines.append("  %s %s" % (lang, " ".join("%2d" % x for x in row)))
    for label in LABELS:
        nl = sum(1 for r in records if r["label"] == label and "\n" in r["text"])
        tb = sum(1 for r in records if r["label"] == label and "\t" in r["text"])
        o300 = sum(1 for r in records if r["label"] == label and len(r["text"]) > 300)
        o400 = sum(1 for r in records if r["label"] == label and len(r["text"]) > 400)
        lines.append("%s: %d with line breaks, %d with tabs, %d over 300, %d over 400" % (
            label, nl, tb, o300, o400))
    return "\n".join(lines)
