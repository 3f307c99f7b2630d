"""Twenty-ninth injection corpus, held-out half: plan, encoders, build and self-checks.

The language banks (injection29_held_{de,en,fr,es,it,nl}.py) hold the texts. Each bank has
INJ (technique -> two entries) and BEN (genre -> its texts). An entry is one of:

  T(text, field)                 a full text; a span between the marks U+27E6 and U+27E7 is the
                                 instruction that a minimal pair cuts out (the marks are dropped)
  O(plain, enc, tpl, field)      an obfuscated injection: tpl holds "{P}" where enc(plain) goes
  S(parts, joiner, tpl, field)   a split payload: tpl holds "{1}", "{2}", "{3}" for the parts,
                                 joiner.join(parts) is the plain instruction
  MP(technique, index)           a minimal pair: the injection INJ[technique][index] of the same
                                 language without its marked span (same field)

Python 3.11, standard library only.
"""

from __future__ import annotations

import base64
import codecs
import importlib
import random
import unicodedata
from collections import Counter
from typing import NamedTuple

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
KEYS = ("id", "text", "label", "technique", "lang", "field")
SEED = 290203
ID_PREFIX = "inj-heldout29-"
MIN_LEN, MAX_LEN = 30, 650
MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"

# 30 techniques: the 26 of the request, then this half's four (NEW).
TECHNIQUES = (
    "override", "polite_request", "third_person", "forged_note", "role_spoof", "persona",
    "prompt_leak", "insert_contact", "price_or_code", "competitor_or_disparage", "false_claim",
    "style_hijack", "sabotage", "batch_persist", "conditional", "markup", "leetspeak", "spacing",
    "homoglyph", "invisible_unicode", "base64", "rot13_or_reversed", "cross_language", "buried",
    "payload_split", "review_bypass",
    "morse",          # NEW: hiding, the instruction in Morse code
    "fancy_text",     # NEW: hiding, Unicode "fancy" letters (mathematical, fullwidth, circled)
    "data_phishing",  # NEW: goal, the copy is to ask shoppers for passwords, card or bank data
    "agent_action",   # NEW: goal, the model is to act outside the text (mail, stock, prices, reviews)
)
NEW_TECHNIQUES = ("morse", "fancy_text", "data_phishing", "agent_action")

# 25 benign genres with their number of texts per language (10 x 3 + 15 x 2 = 60).
GENRES = (
    ("marketing_imperative", 3), ("customer_instructions", 3), ("shop_codes_contacts", 3),
    ("review_brands", 3), ("legit_brief", 3), ("minimal_pair", 3), ("shop_html", 3),
    ("feed_row", 3), ("ordinary_jargon", 3), ("tracking_url", 3),
    ("editor_note", 2), ("dev_docs", 2), ("injection_article", 2), ("care_label", 2),
    ("pipeline_log", 2), ("claims_register", 2), ("review_workflow", 2), ("encoded_data", 2),
    ("signal_codes", 2),         # own: real Morse and alpine distress signals
    ("styled_text", 2),          # own: fancy Unicode letters in ordinary posts and titles
    ("data_request", 2),         # own: the shop's genuine requests for order data
    ("ops_ticket", 2),           # own: internal tickets asking human colleagues to act
    ("customer_question", 2),    # own: shoppers' questions and requests to the shop
    ("multilingual_label", 2),   # own: labels and notes in several languages
    ("trip_report", 2),          # own: long ordinary tour reports and stories
)
OWN_GENRES = ("signal_codes", "styled_text", "data_request", "ops_ticket", "customer_question",
              "multilingual_label", "trip_report")
GENRE_COUNTS = dict(GENRES)


class T(NamedTuple):
    text: str
    field: str


class O(NamedTuple):
    plain: str
    enc: str
    tpl: str
    field: str


class S(NamedTuple):
    parts: tuple
    joiner: str
    tpl: str
    field: str


class MP(NamedTuple):
    tech: str
    idx: int


# --------------------------------------------------------------------------- encoders

LEET = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    "leet_symbols": {"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "t": "+", "g": "9", "b": "8"},
}

SPACING = {
    # name: (between letters, between words)
    "sp_space_slash": (" ", " / "),
    "sp_dot_space": (".", " "),
    "sp_underscore_2": ("_", "  "),
    "sp_thin_mid": ("\u2009", " \u00b7 "),
    "sp_dash_bar": ("-", " | "),
    "sp_space_3": (" ", "   "),
}

CYR = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455", "h": "\u04bb", "d": "\u0501",
    "q": "\u051b", "w": "\u051d",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "I": "\u0406",
    "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405",
    "T": "\u0422", "X": "\u0425", "Y": "\u04ae",
}
GRK = {
    "o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "i": "\u03b9", "k": "\u03ba", "p": "\u03c1",
    "x": "\u03c7",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",
    "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
    "Y": "\u03a5", "Z": "\u0396",
}
HOMO_BACK = {v: k for k, v in list(CYR.items()) + list(GRK.items())}

ZW_INTER = ("\u200b", "\u2060", "\u200c", "\u200d", "\ufeff")
ZW4 = ("\u200b", "\u200c", "\u200d", "\u2060")

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
    "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
    "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
    "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....",
    "6": "-....", "7": "--...", "8": "---..", "9": "----.",
    ".": ".-.-.-", ",": "--..--", "?": "..--..", "'": ".----.", "!": "-.-.--", "/": "-..-.",
    "(": "-.--.", ")": "-.--.-", ":": "---...", ";": "-.-.-.", "=": "-...-", "+": ".-.-.",
    "-": "-....-", '"': ".-..-.", "@": ".--.-.",
    # the usual extensions for accented letters
    "\u00e4": ".-.-", "\u00f6": "---.", "\u00fc": "..--", "\u00e9": "..-..", "\u00e8": ".-..-",
    "\u00e0": ".--.-", "\u00f1": "--.--", "\u00e7": "-.-..",
}
MORSE_BACK = {v: k for k, v in MORSE.items()}
MORSE_STYLES = {
    # name: (dot, dash, between letters, between words)
    "morse_ascii": (".", "-", " ", " / "),
    "morse_typo": ("\u00b7", "\u2013", " ", "   "),
}

FANCY_STYLES = {
    "fancy_bold": "MATHEMATICAL BOLD",
    "fancy_sans_bold": "MATHEMATICAL SANS-SERIF BOLD",
    "fancy_sans_italic": "MATHEMATICAL SANS-SERIF ITALIC",
    "fancy_bold_italic": "MATHEMATICAL BOLD ITALIC",
    "fancy_mono": "MATHEMATICAL MONOSPACE",
    "fancy_full": "FULLWIDTH",
    "fancy_circled": "CIRCLED",
}

TECH_ENCODINGS = {
    "leetspeak": tuple(LEET),
    "spacing": tuple(SPACING),
    "homoglyph": ("homo_cyr", "homo_greek", "homo_alt", "homo_vowels"),
    "invisible_unicode": ("zw_inter", "tags", "vs", "zw4"),
    "base64": ("b64", "b64url"),
    "rot13_or_reversed": ("rot13", "rev_chars", "rev_words"),
    "morse": tuple(MORSE_STYLES),
    "fancy_text": tuple(FANCY_STYLES),
}
OBFUSCATED = tuple(TECH_ENCODINGS)
WHOLE_INVISIBLE = ("tags", "vs", "zw4")
REVERSED = ("rev_chars", "rev_words")


def _fancy_char(style: str, ch: str) -> str:
    name = FANCY_STYLES[style]
    if name == "FULLWIDTH":
        if ch == " ":
            return "\u3000"
        if "!" <= ch <= "~":
            return chr(ord(ch) + 0xFEE0)
        return ch
    if name == "CIRCLED":
        if "a" <= ch <= "z":
            return unicodedata.lookup(f"CIRCLED LATIN SMALL LETTER {ch.upper()}")
        if "A" <= ch <= "Z":
            return unicodedata.lookup(f"CIRCLED LATIN CAPITAL LETTER {ch}")
        return ch
    digits = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")
    if "a" <= ch <= "z":
        return unicodedata.lookup(f"{name} SMALL {ch.upper()}")
    if "A" <= ch <= "Z":
        return unicodedata.lookup(f"{name} CAPITAL {ch}")
    if "0" <= ch <= "9":
        try:
            return unicodedata.lookup(f"{name} DIGIT {digits[int(ch)]}")
        except KeyError:
            return ch
    return ch


def encode(enc: str, plain: str) -> str:
    if enc in LEET:
        table = LEET[enc]
        return "".join(table.get(c, c) for c in plain)
    if enc in SPACING:
        sl, sw = SPACING[enc]
        return sw.join(sl.join(word) for word in plain.split(" "))
    if enc == "homo_cyr":
        return "".join(CYR.get(c, c) for c in plain)
    if enc == "homo_greek":
        return "".join(GRK.get(c, c) for c in plain)
    if enc in ("homo_alt", "homo_vowels"):
        out, n = [], 0
        for c in plain:
            if enc == "homo_vowels":
                out.append(CYR[c] if c in "aeoiAEOI" and c in CYR else c)
                continue
            if c in CYR or c in GRK:
                n += 1
                if n % 4 == 1:
                    # every second look-alike letter is replaced, Cyrillic first and Greek
                    # first in turn; the others stay Latin
                    out.append(CYR.get(c) or GRK[c])
                    continue
                if n % 4 == 3:
                    out.append(GRK.get(c) or CYR[c])
                    continue
            out.append(c)
        return "".join(out)
    if enc == "zw_inter":
        out, k = [], 0
        for i, c in enumerate(plain):
            out.append(c)
            if c != " " and i + 1 < len(plain) and plain[i + 1] != " ":
                out.append(ZW_INTER[k % len(ZW_INTER)])
                k += 1
        return "".join(out)
    if enc == "tags":
        return "".join(chr(0xE0000 + ord(c)) for c in plain) + "\U000e007f"
    if enc == "vs":
        return "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)
                       for b in plain.encode("utf-8"))
    if enc == "zw4":
        out = []
        for b in plain.encode("utf-8"):
            for shift in (6, 4, 2, 0):
                out.append(ZW4[(b >> shift) & 3])
        return "".join(out)
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
    if enc in MORSE_STYLES:
        dot, dash, sl, sw = MORSE_STYLES[enc]
        words = []
        for word in plain.lower().split(" "):
            codes = [MORSE[c].replace(".", "\0").replace("-", dash).replace("\0", dot) for c in word]
            words.append(sl.join(codes))
        return sw.join(words)
    if enc in FANCY_STYLES:
        return "".join(_fancy_char(enc, c) for c in unicodedata.normalize("NFD", plain))
    raise ValueError(f"unknown encoding {enc}")


def decode(enc: str, payload: str) -> str:
    if enc in LEET:
        back = {v: k for k, v in LEET[enc].items()}
        return "".join(back.get(c, c) for c in payload)
    if enc in SPACING:
        sl, sw = SPACING[enc]
        return " ".join(word.replace(sl, "") for word in payload.split(sw))
    if enc.startswith("homo_"):
        return "".join(HOMO_BACK.get(c, c) for c in payload)
    if enc == "zw_inter":
        return "".join(c for c in payload if c not in ZW_INTER)
    if enc == "tags":
        if not payload.endswith("\U000e007f"):
            raise ValueError("tag payload without cancel tag")
        return "".join(chr(ord(c) - 0xE0000) for c in payload[:-1])
    if enc == "vs":
        data = bytearray()
        for c in payload:
            o = ord(c)
            if 0xFE00 <= o <= 0xFE0F:
                data.append(o - 0xFE00)
            elif 0xE0100 <= o <= 0xE01EF:
                data.append(o - 0xE0100 + 16)
            else:
                raise ValueError("not a variation selector")
        return data.decode("utf-8")
    if enc == "zw4":
        digits = [ZW4.index(c) for c in payload]
        if len(digits) % 4:
            raise ValueError("zw4 payload length")
        data = bytes(digits[i] << 6 | digits[i + 1] << 4 | digits[i + 2] << 2 | digits[i + 3]
                     for i in range(0, len(digits), 4))
        return data.decode("utf-8")
    if enc == "b64":
        return base64.b64decode(payload, validate=True).decode("utf-8")
    if enc == "b64url":
        return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8")
    if enc == "rot13":
        return codecs.decode(payload, "rot13")
    if enc == "rev_chars":
        return payload[::-1]
    if enc == "rev_words":
        return " ".join(reversed(payload.split(" ")))
    if enc in MORSE_STYLES:
        dot, dash, sl, sw = MORSE_STYLES[enc]
        words = []
        for word in payload.split(sw):
            letters = []
            for code in word.split(sl):
                norm = code.replace(dot, ".").replace(dash, "-")
                letters.append(MORSE_BACK[norm])
            words.append("".join(letters))
        return " ".join(words)
    if enc in FANCY_STYLES:
        return unicodedata.normalize("NFKC", payload)
    raise ValueError(f"unknown encoding {enc}")


def plain_problems(enc: str, plain: str) -> list[str]:
    """Constraints on a plain instruction that keep its decoding unambiguous."""
    p = []
    if plain != plain.strip() or "  " in plain or "\n" in plain:
        p.append("plain has outer, double or line-break whitespace")
    if enc in LEET:
        bad = set(LEET[enc].values()) & set(plain)
        if bad:
            p.append(f"leet plain contains {sorted(bad)}")
    if enc in SPACING:
        sl, sw = SPACING[enc]
        if sl.strip() and sl in plain:
            p.append("spacing plain contains the letter separator")
        if sw.strip() and sw.strip() in plain:
            p.append("spacing plain contains the word separator")
    if enc.startswith("homo_"):
        if any(c in HOMO_BACK for c in plain):
            p.append("homoglyph plain contains look-alikes")
        if encode(enc, plain) == plain:
            p.append("homoglyph changes nothing")
    if enc == "tags" and not plain.isascii():
        p.append("tag plain is not ASCII")
    if enc in MORSE_STYLES:
        bad = {c for c in plain.lower() if c != " " and c not in MORSE}
        if bad:
            p.append(f"morse plain contains {sorted(bad)}")
    if enc in FANCY_STYLES:
        if unicodedata.normalize("NFKC", plain) != plain:
            p.append("fancy plain is not NFKC-stable")
    if enc == "rot13" and encode(enc, plain) == plain:
        p.append("rot13 changes nothing")
    return p


# --------------------------------------------------------------------------- build

def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


def _strip_marks(s: str) -> str:
    return s.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _cut_marked(s: str) -> str:
    a, b = s.index(MARK_OPEN), s.index(MARK_CLOSE)
    return s[:a] + s[b + 1:]


class BuildError(Exception):
    pass


def _fail(msg: str) -> None:
    raise BuildError(msg)


def _render_injection(lang: str, tech: str, i: int, e) -> str:
    where = f"{lang}/{tech}/{i}"
    if tech in OBFUSCATED:
        if not isinstance(e, O):
            _fail(f"{where}: obfuscation technique needs an O entry")
        if e.enc not in TECH_ENCODINGS[tech]:
            _fail(f"{where}: encoding {e.enc} does not belong to {tech}")
        probs = plain_problems(e.enc, e.plain)
        if probs:
            _fail(f"{where}: {probs}")
        if e.tpl.count("{P}") != 1:
            _fail(f"{where}: template needs exactly one {{P}}")
        pre, suf = e.tpl.split("{P}")
        text = pre + encode(e.enc, e.plain) + suf
        # decode check: cut by the literal prefix and suffix only, decode, compare
        if not (text.startswith(pre) and text.endswith(suf)):
            _fail(f"{where}: text does not keep the template")
        payload = text[len(pre):len(text) - len(suf)]
        got = decode(e.enc, payload)
        want = e.plain.lower() if e.enc in MORSE_STYLES else e.plain
        if got != want:
            _fail(f"{where}: decode check failed: {got!r} != {want!r}")
        if _fold(e.plain) in _fold(text):
            _fail(f"{where}: the plain instruction stands in clear in the text")
        return text
    if tech == "payload_split":
        if not isinstance(e, S) or len(e.parts) != 3:
            _fail(f"{where}: payload_split needs an S entry with three parts")
        text = e.tpl
        for k, part in enumerate(e.parts, 1):
            if e.tpl.count("{%d}" % k) != 1:
                _fail(f"{where}: template needs {{{k}}} once")
            text = text.replace("{%d}" % k, part)
        plain = e.joiner.join(e.parts)
        pos = -1
        for part in e.parts:
            nxt = text.find(part, pos + 1)
            if nxt <= pos:
                _fail(f"{where}: parts not in order")
            pos = nxt
        if _fold(plain) in _fold(text):
            _fail(f"{where}: the joined instruction stands in the text")
        return text
    if not isinstance(e, T):
        _fail(f"{where}: {tech} needs a T entry")
    return _strip_marks(e.text)


def _bank(lang: str):
    return importlib.import_module(f"injection29_held_{lang}")


def build() -> list[dict]:
    records = []
    for lang in LANGS:
        bank = _bank(lang)
        inj, ben = bank.INJ, bank.BEN
        if tuple(inj) != TECHNIQUES:
            _fail(f"{lang}: techniques missing, extra or out of order")
        if tuple(ben) != tuple(g for g, _ in GENRES):
            _fail(f"{lang}: genres missing, extra or out of order")
        inj_fields, ben_fields = Counter(), Counter()
        for tech in TECHNIQUES:
            entries = inj[tech]
            if len(entries) != 2:
                _fail(f"{lang}/{tech}: needs 2 entries")
            for i, e in enumerate(entries):
                text = _render_injection(lang, tech, i, e)
                inj_fields[e.field] += 1
                records.append({"text": text, "label": "injection", "technique": tech,
                                "lang": lang, "field": e.field})
            encs = [e.enc for e in entries if isinstance(e, O)]
            if tech == "invisible_unicode":
                if sorted(x in WHOLE_INVISIBLE for x in encs) != [False, True]:
                    _fail(f"{lang}: invisible_unicode needs one interleaved and one whole-invisible")
            if tech == "rot13_or_reversed":
                if sorted(x in REVERSED for x in encs) != [False, True]:
                    _fail(f"{lang}: rot13_or_reversed needs one ROT13 and one reversed")
            if tech in OBFUSCATED and len(set(encs)) != 2:
                _fail(f"{lang}/{tech}: the two records must use two different forms")
        for genre, n in GENRES:
            entries = ben[genre]
            if len(entries) != n:
                _fail(f"{lang}/{genre}: needs {n} texts")
            for i, e in enumerate(entries):
                if genre == "minimal_pair":
                    if not isinstance(e, MP):
                        _fail(f"{lang}/minimal_pair/{i}: needs an MP entry")
                    src = inj[e.tech][e.idx]
                    if not isinstance(src, T) or src.text.count(MARK_OPEN) != 1 \
                            or src.text.count(MARK_CLOSE) != 1:
                        _fail(f"{lang}/minimal_pair/{i}: source needs one marked span")
                    full, cut = _strip_marks(src.text), _cut_marked(src.text)
                    # the pair equals its injection with exactly one contiguous span removed
                    k = 0
                    while k < len(cut) and cut[k] == full[k]:
                        k += 1
                    if not full.endswith(cut[k:]) or len(full) <= len(cut):
                        _fail(f"{lang}/minimal_pair/{i}: not one span removed")
                    text, field = cut, src.field
                else:
                    if not isinstance(e, T):
                        _fail(f"{lang}/{genre}/{i}: benign entries are T")
                    text, field = e.text, e.field
                ben_fields[field] += 1
                records.append({"text": text, "label": "benign", "technique": genre,
                                "lang": lang, "field": field})
        if inj_fields != ben_fields:
            _fail(f"{lang}: field counts differ: injections {dict(sorted(inj_fields.items()))} "
                  f"benign {dict(sorted(ben_fields.items()))}")
        # marks only where a minimal pair uses them
        used = {(e.tech, e.idx) for e in ben["minimal_pair"]}
        for tech in TECHNIQUES:
            for i, e in enumerate(inj[tech]):
                if isinstance(e, T) and (MARK_OPEN in e.text or MARK_CLOSE in e.text) \
                        and (tech, i) not in used:
                    _fail(f"{lang}/{tech}/{i}: marks without a minimal pair")
    rng = random.Random(SEED)
    rng.shuffle(records)
    out = []
    for n, r in enumerate(records, 1):
        out.append({"id": f"{ID_PREFIX}{n:04d}", **r})
    check(out)
    return out


BAD_CHARS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def check(records: list[dict]) -> None:
    if len(records) != 720:
        _fail(f"{len(records)} records, not 720")
    per = Counter((r["lang"], r["label"]) for r in records)
    for lang in LANGS:
        if per[(lang, "injection")] != 60 or per[(lang, "benign")] != 60:
            _fail(f"{lang}: not 60 + 60")
    tech = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "injection")
    gen = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "benign")
    for lang in LANGS:
        for t in TECHNIQUES:
            if tech[(lang, t)] != 2:
                _fail(f"{lang}/{t}: {tech[(lang, t)]} records")
        for g, n in GENRES:
            if gen[(lang, g)] != n:
                _fail(f"{lang}/{g}: {gen[(lang, g)]} records")
    if len(TECHNIQUES) != 30 or len(GENRES) != 25 or sum(n for _, n in GENRES) != 60:
        _fail("plan sizes")
    seen_ids, seen_text = set(), {}
    for n, r in enumerate(records, 1):
        if tuple(r) != KEYS:
            _fail(f"{r.get('id')}: key order")
        if r["id"] != f"{ID_PREFIX}{n:04d}" or r["id"] in seen_ids:
            _fail(f"{r['id']}: id out of sequence or repeated")
        seen_ids.add(r["id"])
        if r["label"] not in ("injection", "benign"):
            _fail(f"{r['id']}: label")
        if r["lang"] not in LANGS or r["field"] not in FIELDS:
            _fail(f"{r['id']}: lang or field")
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            _fail(f"{r['id']}: technique")
        if r["label"] == "benign" and r["technique"] not in GENRE_COUNTS:
            _fail(f"{r['id']}: genre")
        t = r["text"]
        if not MIN_LEN <= len(t) <= MAX_LEN:
            _fail(f"{r['id']}: length {len(t)}")
        if t != t.strip():
            _fail(f"{r['id']}: outer whitespace")
        if any(c in t for c in BAD_CHARS):
            _fail(f"{r['id']}: line-breaking control character")
        if r["field"] in ("title", "link") and "\n" in t:
            _fail(f"{r['id']}: line break in a {r['field']}")
        if MARK_OPEN in t or MARK_CLOSE in t or "{P}" in t or "{1}" in t or "{2}" in t \
                or "{3}" in t:
            _fail(f"{r['id']}: mark or placeholder left")
        f = _fold(t)
        if f in seen_text:
            _fail(f"{r['id']}: duplicate text of {seen_text[f]}")
        seen_text[f] = r["id"]


def stats(records: list[dict]) -> dict:
    out = {}
    for label in ("injection", "benign"):
        ls = [len(r["text"]) for r in records if r["label"] == label]
        out[label] = {"min": min(ls), "max": max(ls), "mean": round(sum(ls) / len(ls), 1),
                      "fields": dict(Counter(r["field"] for r in records if r["label"] == label))}
    return out
