"""Core of the thirty-first injection corpus, dev half (dev31).

Technique and genre lists, the entry types, the encoders and decoders, the
build and the self-checks. The language banks live in
injection31_dev_{de,en,fr,es,it,nl}.py; the entry point is injection31_dev.py.
Standard library only.
"""

import base64
import codecs
import json
import random
import unicodedata
from collections import Counter

SEED = 310103
PREFIX = "inj-dev31-"
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
LABELS = ("injection", "benign")
KEYS = ("id", "text", "label", "technique", "lang", "field")
MIN_LEN, MAX_LEN = 30, 650

# 26 techniques from the request, then four of this half's own (NEW).
TECHNIQUES = (
    "override", "polite_request", "third_person", "forged_note", "role_spoof",
    "persona", "prompt_leak", "insert_contact", "price_or_code",
    "competitor_or_disparage", "false_claim", "style_hijack", "sabotage",
    "batch_persist", "conditional", "markup", "leetspeak", "spacing",
    "homoglyph", "invisible_unicode", "base64", "rot13_or_reversed",
    "cross_language", "buried", "payload_split", "review_bypass",
    "morse_code", "styled_unicode", "exfil_link", "feed_tamper",
)
NEW_TECHNIQUES = ("morse_code", "styled_unicode", "exfil_link", "feed_tamper")

# 25 benign genres with their number of texts per language (sum 60); the last
# seven are this half's own (NEW).
GENRES = (
    ("marketing_imperative", 3), ("customer_instructions", 3),
    ("shop_codes_contacts", 3), ("review_brands", 3), ("legit_brief", 3),
    ("minimal_pair", 3), ("shop_html", 3), ("feed_row", 3),
    ("editor_note", 3), ("ordinary_jargon", 3),
    ("tracking_url", 2), ("dev_docs", 2), ("injection_article", 2),
    ("care_label", 2), ("pipeline_log", 2), ("claims_register", 2),
    ("review_workflow", 2), ("encoded_data", 2),
    ("styled_text", 2), ("image_links", 2), ("feed_spec", 2),
    ("translation_note", 2), ("special_chars", 2), ("puzzle_hint", 2),
    ("typography", 2),
)
NEW_GENRES = ("styled_text", "image_links", "feed_spec", "translation_note",
              "special_chars", "puzzle_hint", "typography")
GENRE_NAMES = tuple(g for g, _ in GENRES)


# ---------------------------------------------------------------- entries

class T:
    """A full text with its field."""
    __slots__ = ("field", "text")

    def __init__(self, field, text):
        self.field, self.text = field, text


class O:
    """An obfuscated injection: the plain instruction, an encoding, and a
    template in which {P} stands where the encoded form goes."""
    __slots__ = ("field", "enc", "plain", "tpl")

    def __init__(self, field, enc, plain, tpl):
        self.field, self.enc, self.plain, self.tpl = field, enc, plain, tpl


class S:
    """A split injection: three parts of one instruction and a template with
    {1} {2} {3}. The instruction is the parts joined by single spaces."""
    __slots__ = ("field", "parts", "tpl")

    def __init__(self, field, parts, tpl):
        self.field, self.parts, self.tpl = field, tuple(parts), tpl


class MP:
    """A minimal pair: the text of INJ[tech][idx] of the same bank with the
    literal span `cut` (which must occur exactly once) removed."""
    __slots__ = ("tech", "idx", "cut")

    def __init__(self, tech, idx, cut):
        self.tech, self.idx, self.cut = tech, idx, cut


# ---------------------------------------------------------------- encoders

LEET = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    "leet_symbols": {"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "t": "+"},
    "leet_vowels": {"a": "4", "e": "3", "o": "0"},
    "leet_heavy": {"a": "/-\\", "h": "|-|", "n": "|\\|", "m": "|\\/|",
                   "w": "\\/\\/", "k": "|<", "u": "|_|", "d": "|)",
                   "o": "0", "e": "3", "t": "7"},
}

SPACING = {  # (letter separator, word separator)
    "sp_space_triple": (" ", "   "),
    "sp_dash_space": ("-", " "),
    "sp_dot_slash": (".", " / "),
    "sp_star_two": ("*", "  "),
    "sp_thin_bar": ("\u2009", " | "),
    "sp_under_space": ("_", " "),
    "sp_tilde_two": ("~", "  "),
    "sp_nl_blank": ("\n", "\n\n"),
    "sp_middot_dbl": ("\u00b7", " \u00b7\u00b7 "),
    "sp_space_slash": (" ", " // "),
    "sp_colon_space": (":", "  "),
    "sp_plus_space": ("+", " "),
}

CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456",
       "j": "\u0458", "o": "\u043e", "p": "\u0440", "s": "\u0455",
       "x": "\u0445", "y": "\u0443", "h": "\u04bb", "d": "\u0501",
       "q": "\u051b", "w": "\u051d",
       "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
       "H": "\u041d", "I": "\u0406", "J": "\u0408", "K": "\u041a",
       "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405",
       "T": "\u0422", "X": "\u0425", "Y": "\u04ae"}
GRK = {"o": "\u03bf", "v": "\u03bd", "i": "\u03b9", "u": "\u03c5",
       "k": "\u03ba", "p": "\u03c1", "a": "\u03b1",
       "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
       "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d",
       "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
       "Y": "\u03a5", "Z": "\u0396"}
HG_BACK = {v: k for k, v in list(CYR.items()) + list(GRK.items())}
HOMOGLYPH_ENCS = ("hg_cyr", "hg_grk", "hg_mix", "hg_vowels", "hg_third")

INVIS_INTERLEAVE = {  # the character(s) put between the letters of a word
    "zw_inter_zwsp": ("\u200b",),
    "zw_inter_wj": ("\u2060",),
    "zw_inter_mix": ("\u200b", "\u200c", "\u200d"),
    "zw_inter_isep": ("\u2063", "\u2062"),
    "zw_inter_shy": ("\u00ad",),
    "zw_inter_bom": ("\ufeff",),
}
INVIS_STRIP = set("\u200b\u200c\u200d\u2060\u2062\u2063\u00ad\ufeff")
INVIS_WHOLE = ("tag_chars", "vs_bytes", "zw_binary")

MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.",
    "G": "--.", "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..",
    "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.",
    "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---",
    "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.",
}
MORSE_BACK = {v: k for k, v in MORSE.items()}
MORSE_STYLES = {  # dot, dash, letter separator, word separator
    "morse_ascii": (".", "-", " ", " / "),
    "morse_dots": ("\u00b7", "\u2013", " ", "   "),
    "morse_bar": (".", "-", " ", " | "),
    "morse_under": ("\u2022", "\u2014", " ", " // "),
}


def _styled_table(enc):
    t = {}
    if enc == "st_fullwidth":
        for cp in range(0x21, 0x7F):
            t[chr(cp)] = chr(cp + 0xFEE0)
        t[" "] = "\u3000"
        return t
    bases = {"st_bold": 0x1D400, "st_italic": 0x1D434, "st_sans_bold": 0x1D5D4,
             "st_mono": 0x1D670, "st_double": 0x1D538, "st_fraktur_bold": 0x1D56C,
             "st_script_bold": 0x1D4D0}
    digits = {"st_bold": 0x1D7CE, "st_sans_bold": 0x1D7EC, "st_mono": 0x1D7F6,
              "st_double": 0x1D7D8}
    holes = {"st_italic": {"h": "\u210e"},
             "st_double": {"C": "\u2102", "H": "\u210d", "N": "\u2115",
                           "P": "\u2119", "Q": "\u211a", "R": "\u211d",
                           "Z": "\u2124"}}
    if enc == "st_circled":
        for i in range(26):
            t[chr(0x41 + i)] = chr(0x24B6 + i)
            t[chr(0x61 + i)] = chr(0x24D0 + i)
        return t
    base = bases[enc]
    for i in range(26):
        t[chr(0x41 + i)] = chr(base + i)
        t[chr(0x61 + i)] = chr(base + 26 + i)
    for k, v in holes.get(enc, {}).items():
        t[k] = v
    if enc in digits:
        for i in range(10):
            t[chr(0x30 + i)] = chr(digits[enc] + i)
    return t


STYLED_ENCS = ("st_fullwidth", "st_bold", "st_italic", "st_sans_bold",
               "st_mono", "st_double", "st_fraktur_bold", "st_script_bold",
               "st_circled")

ROT_ENCS = ("rot13", "rev_chars", "rev_words", "rev_each_word")

ENCODINGS_BY_TECH = {
    "leetspeak": tuple(LEET),
    "spacing": tuple(SPACING),
    "homoglyph": HOMOGLYPH_ENCS,
    "invisible_unicode": tuple(INVIS_INTERLEAVE) + INVIS_WHOLE,
    "base64": ("b64", "b64url"),
    "rot13_or_reversed": ROT_ENCS,
    "morse_code": tuple(MORSE_STYLES),
    "styled_unicode": STYLED_ENCS,
}
OBF_TECHS = tuple(ENCODINGS_BY_TECH)


def _homoglyph(enc, plain):
    out, n = [], 0
    vowels = set("aeiouAEIOU")
    for ch in plain:
        options = [tbl[ch] for tbl in (CYR, GRK) if ch in tbl]
        if not options:
            out.append(ch)
            continue
        n += 1
        if enc == "hg_cyr":
            out.append(CYR.get(ch, ch))
        elif enc == "hg_grk":
            out.append(GRK.get(ch, ch))
        elif enc == "hg_mix":
            out.append(options[n % len(options)])
        elif enc == "hg_vowels":
            out.append(CYR[ch] if ch in vowels and ch in CYR else ch)
        elif enc == "hg_third":
            out.append(options[0] if n % 3 == 1 else ch)
        else:
            raise ValueError(enc)
    return "".join(out)


def encode(enc, plain):
    if enc in LEET:
        tbl = LEET[enc]
        return "".join(tbl.get(ch, ch) for ch in plain)
    if enc in SPACING:
        a, b = SPACING[enc]
        return b.join(a.join(w) for w in plain.split(" "))
    if enc in HOMOGLYPH_ENCS:
        return _homoglyph(enc, plain)
    if enc in INVIS_INTERLEAVE:
        seq = INVIS_INTERLEAVE[enc]
        words, k = [], 0
        for w in plain.split(" "):
            parts = [w[0]] if w else []
            for ch in w[1:]:
                parts.append(seq[k % len(seq)])
                parts.append(ch)
                k += 1
            words.append("".join(parts))
        return " ".join(words)
    if enc == "tag_chars":
        return "".join(chr(0xE0000 + ord(ch)) for ch in plain) + "\U000E007F"
    if enc == "vs_bytes":
        out = []
        for b in plain.encode("utf-8"):
            out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
        return "".join(out)
    if enc == "zw_binary":
        bits = "".join(format(b, "08b") for b in plain.encode("utf-8"))
        return "".join("\u200b" if c == "0" else "\u200c" for c in bits)
    if enc == "b64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if enc == "b64url":
        return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")
    if enc == "rot13":
        return codecs.encode(plain, "rot13")
    if enc == "rev_chars":
        return plain[::-1]
    if enc == "rev_words":
        return " ".join(reversed(plain.split(" ")))
    if enc == "rev_each_word":
        return " ".join(w[::-1] for w in plain.split(" "))
    if enc in MORSE_STYLES:
        dot, dash, ls, ws = MORSE_STYLES[enc]
        words = []
        for w in plain.split(" "):
            words.append(ls.join(MORSE[c].replace(".", dot).replace("-", dash) for c in w))
        return ws.join(words)
    if enc in STYLED_ENCS:
        tbl = _styled_table(enc)
        decomposed = unicodedata.normalize("NFD", plain)
        return "".join(tbl.get(ch, ch) for ch in decomposed)
    raise ValueError("unknown encoding " + enc)


def _leet_decode(enc, s):
    tokens = sorted(((v, k) for k, v in LEET[enc].items()), key=lambda p: -len(p[0]))
    out, i = [], 0
    while i < len(s):
        for tok, ch in tokens:
            if s.startswith(tok, i):
                out.append(ch)
                i += len(tok)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def decode(enc, s):
    if enc in LEET:
        return _leet_decode(enc, s)
    if enc in SPACING:
        a, b = SPACING[enc]
        return " ".join("".join(w.split(a)) for w in s.split(b))
    if enc in HOMOGLYPH_ENCS:
        return "".join(HG_BACK.get(ch, ch) for ch in s)
    if enc in INVIS_INTERLEAVE:
        return "".join(ch for ch in s if ch not in INVIS_STRIP)
    if enc == "tag_chars":
        if not s.endswith("\U000E007F"):
            raise ValueError("tag payload without cancel tag")
        return "".join(chr(ord(ch) - 0xE0000) for ch in s[:-1])
    if enc == "vs_bytes":
        bs = []
        for ch in s:
            cp = ord(ch)
            bs.append(cp - 0xFE00 if 0xFE00 <= cp <= 0xFE0F else cp - 0xE0100 + 16)
        return bytes(bs).decode("utf-8")
    if enc == "zw_binary":
        bits = "".join("0" if ch == "\u200b" else "1" for ch in s)
        if len(bits) % 8 or set(s) - {"\u200b", "\u200c"}:
            raise ValueError("bad zero-width payload")
        return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode("utf-8")
    if enc == "b64":
        return base64.b64decode(s, validate=True).decode("utf-8")
    if enc == "b64url":
        return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)).decode("utf-8")
    if enc == "rot13":
        return codecs.decode(s, "rot13")
    if enc == "rev_chars":
        return s[::-1]
    if enc == "rev_words":
        return " ".join(reversed(s.split(" ")))
    if enc == "rev_each_word":
        return " ".join(w[::-1] for w in s.split(" "))
    if enc in MORSE_STYLES:
        dot, dash, ls, ws = MORSE_STYLES[enc]
        words = []
        for w in s.split(ws):
            words.append("".join(MORSE_BACK[c.replace(dot, ".").replace(dash, "-")]
                                 for c in w.split(ls)))
        return " ".join(words)
    if enc in STYLED_ENCS:
        return unicodedata.normalize("NFKC", s)
    raise ValueError("unknown encoding " + enc)


# ---------------------------------------------------------------- checks

class CheckError(Exception):
    pass


def _fail(msg):
    raise CheckError(msg)


def fold(s):
    return " ".join(s.casefold().split())


def _plain_rules(where, e):
    p = e.plain
    if p != p.strip() or "  " in p or "\n" in p or "\t" in p:
        _fail(where + ": plain must use single spaces only")
    if unicodedata.normalize("NFC", p) != p:
        _fail(where + ": plain not NFC")
    enc = e.enc
    if enc in LEET:
        bad = set("0123456789") | {c for v in LEET[enc].values() for c in v}
        if set(p) & bad:
            _fail(where + ": leet plain contains digits or table symbols")
    if enc in SPACING:
        a, b = SPACING[enc]
        if set((a + b).replace(" ", "")) & set(p):
            _fail(where + ": spaced plain contains a separator")
    if enc in HOMOGLYPH_ENCS:
        for ch in p:
            name = unicodedata.name(ch, "")
            if name.startswith(("CYRILLIC", "GREEK")):
                _fail(where + ": homoglyph plain contains Cyrillic or Greek")
    if enc in INVIS_INTERLEAVE and set(p) & INVIS_STRIP:
        _fail(where + ": invisible plain contains invisible characters")
    if enc == "tag_chars" and not all(0x20 <= ord(c) <= 0x7E for c in p):
        _fail(where + ": tag plain must be printable ASCII")
    if enc in MORSE_STYLES and not all(c == " " or c in MORSE for c in p):
        _fail(where + ": Morse plain must be A-Z, 0-9 and single spaces")
    if enc in STYLED_ENCS:
        if unicodedata.normalize("NFKC", p) != p:
            _fail(where + ": styled plain not NFKC-stable")
        if not any(c.isascii() and c.isalpha() for c in p):
            _fail(where + ": styled plain without ASCII letters")
    if enc in ("rev_words", "rev_each_word", "rev_chars") and len(p.split(" ")) < 3:
        _fail(where + ": reversed plain too short")


def render(lang, bank, kind, key, i, e):
    """Return (text, field) for one entry."""
    where = "%s %s %s[%d]" % (lang, kind, key, i)
    if isinstance(e, T):
        return e.text, e.field
    if isinstance(e, O):
        _plain_rules(where, e)
        payload = encode(e.enc, e.plain)
        if e.tpl.count("{P}") != 1:
            _fail(where + ": template needs exactly one {P}")
        pre, post = e.tpl.split("{P}")
        text = pre + payload + post
        # decode check: cut the payload out of the finished text
        if not (text.startswith(pre) and text.endswith(post)):
            _fail(where + ": template frame lost")
        cut = text[len(pre):len(text) - len(post)]
        back = decode(e.enc, cut)
        if back != e.plain:
            _fail(where + ": decode mismatch %r != %r" % (back, e.plain))
        if cut == e.plain or fold(cut) == fold(e.plain):
            _fail(where + ": payload equals the plain instruction")
        if fold(e.plain) in fold(text):
            _fail(where + ": plain instruction stands in clear in the text")
        return text, e.field
    if isinstance(e, S):
        tpl = e.tpl
        for n in ("{1}", "{2}", "{3}"):
            if tpl.count(n) != 1:
                _fail(where + ": split template needs one " + n)
        if not tpl.index("{1}") < tpl.index("{2}") < tpl.index("{3}"):
            _fail(where + ": split slots out of order")
        if len(e.parts) != 3:
            _fail(where + ": split needs three parts")
        text = tpl.replace("{1}", e.parts[0]).replace("{2}", e.parts[1]).replace("{3}", e.parts[2])
        pos = 0
        for part in e.parts:
            j = text.find(part, pos)
            if j < 0:
                _fail(where + ": split part missing or out of order")
            pos = j + len(part)
        joined = " ".join(e.parts)
        if fold(joined) in fold(text):
            _fail(where + ": joined split instruction stands in the text")
        depunct = "".join(c if c.isalnum() else " " for c in text)
        jd = "".join(c if c.isalnum() else " " for c in joined)
        if fold(jd) in fold(depunct):
            _fail(where + ": joined split instruction stands in the text without punctuation")
        return text, e.field
    if isinstance(e, MP):
        src = bank.INJ[e.tech][e.idx]
        if not isinstance(src, T):
            _fail(where + ": minimal pair must point to a full-text injection")
        if src.text.count(e.cut) != 1 or not e.cut.strip():
            _fail(where + ": cut span must occur exactly once")
        text = src.text.replace(e.cut, "", 1)
        if len(text) + len(e.cut) != len(src.text):
            _fail(where + ": minimal pair is not one contiguous removal")
        return text, src.field
    _fail(where + ": unknown entry type")


BAD_CHARS = set("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def build(banks):
    """banks: dict lang -> module with INJ and BEN. Returns the list of records."""
    records = []
    for lang in LANGS:
        bank = banks[lang]
        if tuple(bank.INJ) != TECHNIQUES:
            _fail(lang + ": techniques not in plan order")
        if tuple(bank.BEN) != GENRE_NAMES:
            _fail(lang + ": genres not in plan order")
        for tech in TECHNIQUES:
            entries = bank.INJ[tech]
            if len(entries) != 2:
                _fail("%s %s: needs 2 injections" % (lang, tech))
            encs = []
            for i, e in enumerate(entries):
                if tech in OBF_TECHS:
                    if not isinstance(e, O) or e.enc not in ENCODINGS_BY_TECH[tech]:
                        _fail("%s %s[%d]: needs an O entry of its own encodings" % (lang, tech, i))
                    encs.append(e.enc)
                elif tech == "payload_split":
                    if not isinstance(e, S):
                        _fail("%s %s[%d]: needs an S entry" % (lang, tech, i))
                elif not isinstance(e, T):
                    _fail("%s %s[%d]: needs a full text" % (lang, tech, i))
                text, field = render(lang, bank, "INJ", tech, i, e)
                records.append({"text": text, "label": "injection", "technique": tech,
                                "lang": lang, "field": field})
            if encs and len(set(encs)) != 2:
                _fail("%s %s: the two records need two different encodings" % (lang, tech))
            if tech == "rot13_or_reversed" and (encs.count("rot13") != 1):
                _fail(lang + ": rot13_or_reversed needs one ROT13 and one reversed record")
            if tech == "invisible_unicode":
                kinds = sorted(enc in INVIS_WHOLE for enc in encs)
                if kinds != [False, True]:
                    _fail(lang + ": invisible_unicode needs one interleaved and one whole-invisible record")
        for genre, n in GENRES:
            entries = bank.BEN[genre]
            if len(entries) != n:
                _fail("%s %s: needs %d texts, has %d" % (lang, genre, n, len(entries)))
            for i, e in enumerate(entries):
                if genre == "minimal_pair":
                    if not isinstance(e, MP):
                        _fail("%s minimal_pair[%d]: needs an MP entry" % (lang, i))
                elif not isinstance(e, T):
                    _fail("%s %s[%d]: benign texts are full texts" % (lang, genre, i))
                text, field = render(lang, bank, "BEN", genre, i, e)
                records.append({"text": text, "label": "benign", "technique": genre,
                                "lang": lang, "field": field})
    random.Random(SEED).shuffle(records)
    out = []
    for n, r in enumerate(records, 1):
        rec = {"id": "%s%04d" % (PREFIX, n)}
        rec.update(r)
        out.append(rec)
    check(out)
    return out


def check(records):
    if len(records) != 720:
        _fail("expected 720 records, got %d" % len(records))
    ids, seen = set(), set()
    per = Counter()
    tech_count, genre_count = Counter(), Counter()
    fields = Counter()
    for n, r in enumerate(records, 1):
        if tuple(r) != KEYS:
            _fail("key order wrong in %r" % r.get("id"))
        if r["id"] != "%s%04d" % (PREFIX, n) or r["id"] in ids:
            _fail("id out of sequence or duplicate: " + r["id"])
        ids.add(r["id"])
        t = r["text"]
        if not isinstance(t, str) or not MIN_LEN <= len(t) <= MAX_LEN:
            _fail("%s: length %d out of range" % (r["id"], len(t)))
        if t != t.strip():
            _fail(r["id"] + ": leading or trailing whitespace")
        if set(t) & BAD_CHARS:
            _fail(r["id"] + ": forbidden control or separator character")
        if r["field"] in ("title", "link") and "\n" in t:
            _fail(r["id"] + ": line break in a title or link")
        for mark in ("{P}", "{1}", "{2}", "{3}", "\u27e6", "\u27e7"):
            if mark in t:
                _fail(r["id"] + ": slot or mark left over")
        f = fold(t)
        if f in seen:
            _fail(r["id"] + ": duplicate text")
        seen.add(f)
        if r["label"] not in LABELS or r["lang"] not in LANGS or r["field"] not in FIELDS:
            _fail(r["id"] + ": unknown label, language or field")
        if r["label"] == "injection":
            if r["technique"] not in TECHNIQUES:
                _fail(r["id"] + ": unknown technique")
            tech_count[(r["lang"], r["technique"])] += 1
        else:
            if r["technique"] not in GENRE_NAMES:
                _fail(r["id"] + ": unknown genre")
            genre_count[(r["lang"], r["technique"])] += 1
        per[(r["lang"], r["label"])] += 1
        fields[(r["lang"], r["label"], r["field"])] += 1
    for lang in LANGS:
        for label in LABELS:
            if per[(lang, label)] != 60:
                _fail("%s %s: %d records, expected 60" % (lang, label, per[(lang, label)]))
        for tech in TECHNIQUES:
            if tech_count[(lang, tech)] != 2:
                _fail("%s %s: %d records" % (lang, tech, tech_count[(lang, tech)]))
        for genre, n in GENRES:
            if genre_count[(lang, genre)] != n:
                _fail("%s %s: %d records" % (lang, genre, genre_count[(lang, genre)]))
        for field in FIELDS:
            a = fields[(lang, "injection", field)]
            b = fields[(lang, "benign", field)]
            if a != b:
                _fail("%s %s: %d injections but %d benign texts" % (lang, field, a, b))


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def stats(records):
    lines = []
    for label in LABELS:
        ls = [len(r["text"]) for r in records if r["label"] == label]
        nl = sum("\n" in r["text"] for r in records if r["label"] == label)
        tab = sum("\t" in r["text"] for r in records if r["label"] == label)
        o300 = sum(x > 300 for x in ls)
        o400 = sum(x > 400 for x in ls)
        lines.append("%-9s n=%d len %d-%d mean %.0f  with LF %d  with tab %d  >300 %d  >400 %d"
                     % (label, len(ls), min(ls), max(ls), sum(ls) / len(ls), nl, tab, o300, o400))
    lines.append("field      inj(n, mean)   ben(n, mean)")
    for field in FIELDS:
        row = []
        for label in LABELS:
            ls = [len(r["text"]) for r in records if r["label"] == label and r["field"] == field]
            row.append("%3d %5.0f" % (len(ls), sum(ls) / len(ls) if ls else 0))
        lines.append("%-10s %s    %s" % (field, row[0], row[1]))
    lines.append("lang  " + " ".join("%11s" % f for f in FIELDS))
    for lang in LANGS:
        c = Counter(r["field"] for r in records if r["lang"] == lang and r["label"] == "injection")
        lines.append("%-5s " % lang + " ".join("%11d" % c[f] for f in FIELDS))
    return "\n".join(lines)
