"""Thirtieth injection corpus, held-out half (heldout30): plan, entry types, encoders, build, checks.

Standard library only. The language banks (injection30_held_{de,en,fr,es,it,nl}.py) hold the
texts; this module turns them into records and checks them. The only randomness is one
random.Random(SEED) shuffle in build().
"""

import base64
import codecs
import html
import importlib
import json
import random
import re
import unicodedata
import urllib.parse

SEED = 300203
ID_PREFIX = "inj-heldout30-"
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
LABELS = ("injection", "benign")
KEYS = ("id", "text", "label", "technique", "lang", "field")
MIN_LEN, MAX_LEN = 30, 650
PER_TECHNIQUE = 2

# 30 techniques; the last four are new in this half.
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
    "char_reference",      # NEW: hiding (HTML numeric references, JSON \u escapes, percent-encoding)
    "acrostic",            # NEW: hiding (the first words of consecutive lines spell the instruction)
    "fake_social_proof",   # NEW: goal (invented ratings, buyer counts, awards, expert quotes)
    "safety_omission",     # NEW: goal (drop the limits, warnings and range-of-use notes)
)
NEW_TECHNIQUES = ("char_reference", "acrostic", "fake_social_proof", "safety_omission")

# 25 benign genres with their number of texts per language (sum 60); the last seven are new.
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
    ("entity_text", 2),       # NEW: the shop's own HTML entities and JSON escapes
    ("verse_review", 2),      # NEW: reviews and hut-book entries in verse, one line per thought
    ("rating_summary", 2),    # NEW: genuine rating widgets and briefs quoting real review counts
    ("range_of_use", 2),      # NEW: genuine limits and warnings, and briefs that keep them
    ("mixed_language", 2),    # NEW: customers and colleagues who mix two languages in one text
    ("supplier_mail", 2),     # NEW: genuine supplier and lab messages with references
    ("ai_notice", 2),         # NEW: the shop's notices about its AI features and AI-drafted text
)
NEW_GENRES = ("entity_text", "verse_review", "rating_summary", "range_of_use",
              "mixed_language", "supplier_mail", "ai_notice")
GENRE_COUNTS = dict(GENRES)
assert sum(GENRE_COUNTS.values()) == 60 and len(GENRES) == 25
assert len(TECHNIQUES) == 30 and len(set(TECHNIQUES)) == 30

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"
BAD_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# ---------------------------------------------------------------- entry types

def T(field, text):
    """A full text. May hold one marked span (for a minimal pair) in an injection."""
    return {"kind": "T", "field": field, "text": text}


def O(field, enc, plain, tpl):
    """An obfuscated injection: plain instruction, encoding, template with {P}."""
    return {"kind": "O", "field": field, "enc": enc, "plain": plain, "tpl": tpl}


def A(field, plain, lines, tpl, sep="\n"):
    """An acrostic injection: the first word of each line, in order, gives plain."""
    return {"kind": "A", "field": field, "plain": plain, "lines": list(lines), "tpl": tpl, "sep": sep}


def S(field, parts, tpl, joiner=" "):
    """A split injection: three parts that stand at {1} {2} {3} and read as one instruction."""
    return {"kind": "S", "field": field, "parts": list(parts), "tpl": tpl, "joiner": joiner}


def MP(technique, index):
    """A minimal pair: the marked injection of this bank with its marked span cut out."""
    return {"kind": "MP", "ref": (technique, index)}


# ---------------------------------------------------------------- encoders and decoders

LEET_NUM = {"a": "4", "e": "3", "g": "6", "i": "1", "o": "0", "s": "5", "t": "7", "z": "2"}
LEET_MC = {"a": "/-\\", "e": "3", "h": "|-|", "k": "|<", "n": "|\\|", "o": "0", "s": "5", "t": "7", "u": "|_|"}


def _leet_enc(table):
    def enc(s):
        return "".join(table.get(c.lower(), c) for c in s)
    return enc


def _leet_dec(table):
    pairs = sorted(((v, k) for k, v in table.items()), key=lambda p: -len(p[0]))

    def dec(s):
        out, i = [], 0
        while i < len(s):
            for tok, letter in pairs:
                if s.startswith(tok, i):
                    out.append(letter)
                    i += len(tok)
                    break
            else:
                out.append(s[i])
                i += 1
        return "".join(out)
    return dec


SPACING = {
    # name: (between letters, between words)
    "sp_wide": (" ", "   "),
    "sp_dot": (".", " "),
    "sp_vertical": ("\n", "\n\n"),
    "sp_dash": ("-", " \u00b7 "),
    "sp_plus": ("+", "  "),
    "sp_slash": (" ", " / "),
}


def _sp_enc(name):
    lsep, wsep = SPACING[name]

    def enc(s):
        return wsep.join(lsep.join(word) for word in s.split(" "))
    return enc


def _sp_dec(name):
    lsep, wsep = SPACING[name]

    def dec(s):
        return " ".join(w.replace(lsep, "") for w in s.split(wsep))
    return dec


CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
       "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
       "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "I": "\u0406",
       "J": "\u0408", "S": "\u0405"}
GRK = {"o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "i": "\u03b9", "a": "\u03b1", "k": "\u03ba",
       "p": "\u03c1", "x": "\u03c7",
       "A": "\u0391", "B": "\u0392", "E": "\u0395", "Z": "\u0396", "H": "\u0397", "I": "\u0399",
       "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4",
       "Y": "\u03a5", "X": "\u03a7"}
HG_BACK = {v: k for k, v in list(CYR.items()) + list(GRK.items())}
assert len(HG_BACK) == len(CYR) + len(GRK)


def _hg_enc(mode):
    def enc(s):
        out, n = [], 0
        for c in s:
            if mode == "hg_cyr":
                out.append(CYR.get(c, c))
            elif mode == "hg_greek":
                out.append(GRK.get(c, c))
            elif mode == "hg_vowels":
                out.append(CYR[c] if c in "aeoiAEOI" and c in CYR else c)
            elif mode == "hg_alt":
                if c in CYR or c in GRK:
                    n += 1
                    if n % 2 == 1:
                        table = CYR if (n // 2) % 2 == 0 else GRK
                        out.append(table.get(c, CYR.get(c, GRK.get(c))))
                        continue
                out.append(c)
            else:
                raise ValueError(mode)
        return "".join(out)
    return enc


def _hg_dec(s):
    return "".join(HG_BACK.get(c, c) for c in s)


INTERLEAVE = {
    "iv_shy": ("\u00ad",),
    "iv_cgj": ("\u034f", "\u2063"),
    "iv_zw": ("\u200b", "\u2060", "\u200c"),
}
INVISIBLE_ALL = set("".join(v for t in INTERLEAVE.values() for v in t)) | {"\u200d", "\ufeff"}


def _iv_enc(name):
    chars = INTERLEAVE[name]

    def enc(s):
        out, k = [], 0
        for word_i, word in enumerate(s.split(" ")):
            if word_i:
                out.append(" ")
            for j, c in enumerate(word):
                if j:
                    out.append(chars[k % len(chars)])
                    k += 1
                out.append(c)
        return "".join(out)
    return enc


def _iv_dec(name):
    chars = set(INTERLEAVE[name])

    def dec(s):
        return "".join(c for c in s if c not in chars)
    return dec


def _tags_enc(s):
    return "".join(chr(0xE0000 + ord(c)) for c in s) + "\U000e007f"


def _tags_dec(s):
    if not s.endswith("\U000e007f"):
        raise ValueError("no cancel tag")
    out = []
    for c in s[:-1]:
        cp = ord(c)
        if not 0xE0020 <= cp <= 0xE007E:
            raise ValueError("not a tag character")
        out.append(chr(cp - 0xE0000))
    return "".join(out)


def _vs_enc(s):
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def _vs_dec(s):
    bs = bytearray()
    for c in s:
        cp = ord(c)
        if 0xFE00 <= cp <= 0xFE0F:
            bs.append(cp - 0xFE00)
        elif 0xE0100 <= cp <= 0xE01EF:
            bs.append(cp - 0xE0100 + 16)
        else:
            raise ValueError("not a variation selector")
    return bs.decode("utf-8")


def _b64_enc(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def _b64_dec(s):
    return base64.b64decode(s.encode("ascii"), validate=True).decode("utf-8")


def _b64url_enc(s):
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode("ascii").rstrip("=")


def _b64url_dec(s):
    if not re.fullmatch(r"[A-Za-z0-9_-]+", s):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode((s + "=" * (-len(s) % 4)).encode("ascii")).decode("utf-8")


def _rot13(s):
    return codecs.encode(s, "rot13")


def _rev(s):
    return s[::-1]


def _rlo_enc(s):
    return "\u202e" + s[::-1] + "\u202c"


def _rlo_dec(s):
    if not (s.startswith("\u202e") and s.endswith("\u202c")):
        raise ValueError("no override")
    return s[1:-1][::-1]


def _rev_words(s):
    return " ".join(reversed(s.split(" ")))


def _html_dec_enc(s):
    return "".join("&#%d;" % ord(c) for c in s)


def _html_hex_enc(s):
    return "".join("&#x%X;" % ord(c) for c in s)


def _html_dec(s):
    if not re.fullmatch(r"(?:&#(?:\d+|x[0-9A-F]+);)+", s):
        raise ValueError("not only character references")
    return html.unescape(s)


def _json_u_enc(s):
    if any(ord(c) > 0xFFFF for c in s):
        raise ValueError("BMP only")
    return "".join("\\u%04x" % ord(c) for c in s)


def _json_u_dec(s):
    if not re.fullmatch(r"(?:\\u[0-9a-f]{4})+", s):
        raise ValueError("not only \\u escapes")
    return json.loads('"' + s + '"')


def _pct_enc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def _pct_dec(s):
    if not re.fullmatch(r"(?:%[0-9A-F]{2})+", s):
        raise ValueError("not only percent escapes")
    return urllib.parse.unquote(s, errors="strict")


# name: (technique, encode, decode, case-insensitive compare)
ENCODINGS = {
    "leet_num": ("leetspeak", _leet_enc(LEET_NUM), _leet_dec(LEET_NUM), True),
    "leet_mc": ("leetspeak", _leet_enc(LEET_MC), _leet_dec(LEET_MC), True),
    "hg_cyr": ("homoglyph", _hg_enc("hg_cyr"), _hg_dec, False),
    "hg_greek": ("homoglyph", _hg_enc("hg_greek"), _hg_dec, False),
    "hg_vowels": ("homoglyph", _hg_enc("hg_vowels"), _hg_dec, False),
    "hg_alt": ("homoglyph", _hg_enc("hg_alt"), _hg_dec, False),
    "tags": ("invisible_unicode", _tags_enc, _tags_dec, False),
    "vs_bytes": ("invisible_unicode", _vs_enc, _vs_dec, False),
    "b64": ("base64", _b64_enc, _b64_dec, False),
    "b64url": ("base64", _b64url_enc, _b64url_dec, False),
    "rot13": ("rot13_or_reversed", _rot13, _rot13, False),
    "rev_chars": ("rot13_or_reversed", _rev, _rev, False),
    "rev_rlo": ("rot13_or_reversed", _rlo_enc, _rlo_dec, False),
    "rev_words": ("rot13_or_reversed", _rev_words, _rev_words, False),
    "html_dec": ("char_reference", _html_dec_enc, _html_dec, False),
    "html_hex": ("char_reference", _html_hex_enc, _html_dec, False),
    "json_u": ("char_reference", _json_u_enc, _json_u_dec, False),
    "pct_all": ("char_reference", _pct_enc, _pct_dec, False),
}
for _name in SPACING:
    ENCODINGS[_name] = ("spacing", _sp_enc(_name), _sp_dec(_name), False)
for _name in INTERLEAVE:
    ENCODINGS[_name] = ("invisible_unicode", _iv_enc(_name), _iv_dec(_name), False)

OBFUSCATION = ("leetspeak", "spacing", "homoglyph", "invisible_unicode", "base64",
               "rot13_or_reversed", "char_reference")
WHOLE_INVISIBLE = ("tags", "vs_bytes")
REVERSED = ("rev_chars", "rev_rlo", "rev_words")


def plain_rule(enc, plain):
    """Constraints on a plain instruction that keep decoding unambiguous. Returns an error or None."""
    if "  " in plain or plain != plain.strip():
        return "plain must have single inner spaces and no outer whitespace"
    tech = ENCODINGS[enc][0]
    if tech == "leetspeak":
        table = LEET_NUM if enc == "leet_num" else LEET_MC
        bad = set("".join(table.values())) | set("0123456789")
        if any(c in bad for c in plain):
            return "leet plain holds a replacement symbol or digit"
    if tech == "spacing":
        lsep, wsep = SPACING[enc]
        if lsep != " " and lsep in plain:
            return "spaced plain holds the letter separator"
        if wsep.strip() and wsep.strip() in plain:
            return "spaced plain holds the word separator"
        if "\n" in plain:
            return "spaced plain holds a line break"
    if tech == "homoglyph":
        for c in plain:
            name = unicodedata.name(c, "")
            if name.startswith("CYRILLIC") or name.startswith("GREEK"):
                return "homoglyph plain holds Cyrillic or Greek"
    if tech == "invisible_unicode" and any(c in INVISIBLE_ALL for c in plain):
        return "invisible plain holds an invisible character"
    if enc == "tags" and not all(0x20 <= ord(c) <= 0x7E for c in plain):
        return "tag plain must be printable ASCII"
    if enc == "rot13" and not re.search(r"[A-Za-z]", plain):
        return "rot13 plain has no ASCII letter"
    if enc == "json_u" and any(ord(c) > 0xFFFF for c in plain):
        return "json plain outside the BMP"
    return None


def _fold(s):
    return " ".join(s.casefold().split())


def _acrostic_word(line):
    """The first word of a line, after any bullet, dash, number sign or quote before it."""
    i = 0
    while i < len(line) and not line[i].isalnum():
        i += 1
    words = line[i:].split()
    if not words:
        raise ValueError("empty acrostic line")
    w = words[0]
    j = len(w)
    while j > 0 and not w[j - 1].isalnum():
        j -= 1
    return w[:j]


def acrostic_decode(payload, sep):
    return " ".join(_acrostic_word(line) for line in payload.split(sep))


# ---------------------------------------------------------------- build

class CheckError(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise CheckError(msg)


def _strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _cut_mark(text):
    a, b = text.index(MARK_OPEN), text.index(MARK_CLOSE)
    return text[:a] + text[b + 1:]


def _split_tpl(tpl, slot):
    _need(tpl.count(slot) == 1, "template must hold %s exactly once: %r" % (slot, tpl[:60]))
    return tpl.split(slot)


def render(entry, lang, where):
    """Return the finished text of an injection or benign entry (not MP)."""
    kind = entry["kind"]
    if kind == "T":
        return _strip_marks(entry["text"])
    if kind == "O":
        enc = entry["enc"]
        _need(enc in ENCODINGS, "%s: unknown encoding %s" % (where, enc))
        err = plain_rule(enc, entry["plain"])
        _need(err is None, "%s: %s" % (where, err))
        payload = ENCODINGS[enc][1](entry["plain"])
        prefix, suffix = _split_tpl(entry["tpl"], "{P}")
        return prefix + payload + suffix
    if kind == "A":
        prefix, suffix = _split_tpl(entry["tpl"], "{P}")
        return prefix + entry["sep"].join(entry["lines"]) + suffix
    if kind == "S":
        _need(len(entry["parts"]) == 3, "%s: a split needs three parts" % where)
        tpl = entry["tpl"]
        for k in ("{1}", "{2}", "{3}"):
            _need(tpl.count(k) == 1, "%s: template must hold %s once" % (where, k))
        _need(tpl.index("{1}") < tpl.index("{2}") < tpl.index("{3}"), "%s: slots out of order" % where)
        text = tpl
        for k, part in zip(("{1}", "{2}", "{3}"), entry["parts"]):
            text = text.replace(k, part)
        return text
    raise CheckError("%s: unknown kind %s" % (where, kind))


def check_obfuscated(entry, text, where):
    """The decode check: cut the payload out of the finished text, decode it, compare."""
    kind = entry["kind"]
    plain = entry["plain"] if kind in ("O", "A") else None
    if kind == "O":
        prefix, suffix = entry["tpl"].split("{P}")
        _need(text.startswith(prefix) and text.endswith(suffix), "%s: template mismatch" % where)
        payload = text[len(prefix):len(text) - len(suffix)]
        _, _, dec, nocase = ENCODINGS[entry["enc"]]
        try:
            decoded = dec(payload)
        except Exception as exc:  # noqa: BLE001 - any decode failure is a check failure
            raise CheckError("%s: payload does not decode: %s" % (where, exc))
        if nocase:
            _need(decoded.casefold() == plain.casefold(), "%s: decoded %r != %r" % (where, decoded, plain))
        else:
            _need(decoded == plain, "%s: decoded %r != %r" % (where, decoded, plain))
        _need(payload != plain, "%s: payload equals the plain instruction" % where)
        _need(_fold(plain) not in _fold(text), "%s: plain instruction stands in clear" % where)
    elif kind == "A":
        prefix, suffix = entry["tpl"].split("{P}")
        _need(text.startswith(prefix) and text.endswith(suffix), "%s: template mismatch" % where)
        payload = text[len(prefix):len(text) - len(suffix)]
        decoded = acrostic_decode(payload, entry["sep"])
        _need(decoded.casefold() == plain.casefold(), "%s: acrostic %r != %r" % (where, decoded, plain))
        _need(len(entry["lines"]) == len(plain.split(" ")) >= 4, "%s: one line per word, at least 4" % where)
        _need(_fold(plain) not in _fold(text), "%s: plain instruction stands in clear" % where)
    elif kind == "S":
        pos = 0
        for part in entry["parts"]:
            k = text.find(part, pos)
            _need(k >= 0, "%s: split part missing or out of order: %r" % (where, part))
            pos = k + len(part)
        joined = entry["joiner"].join(entry["parts"])
        _need(_fold(joined) not in _fold(text), "%s: joined instruction stands in the text" % where)

        def loose(s):
            return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())
        _need(loose(joined) not in loose(text), "%s: parts adjacent after punctuation folding" % where)


def _check_text(text, field, where):
    _need(isinstance(text, str), "%s: text is not a string" % where)
    _need(MIN_LEN <= len(text) <= MAX_LEN, "%s: length %d outside %d-%d" % (where, len(text), MIN_LEN, MAX_LEN))
    _need(text == text.strip(), "%s: leading or trailing whitespace" % where)
    _need(not any(c in BAD_CHARS for c in text), "%s: forbidden control or line separator" % where)
    for leftover in ("{P}", "{1}", "{2}", "{3}", MARK_OPEN, MARK_CLOSE):
        _need(leftover not in text, "%s: leftover %r" % (where, leftover))
    if field in ("title", "link"):
        _need("\n" not in text, "%s: line break in a %s" % (where, field))


def build_lang(mod):
    lang = mod.LANG
    inj, ben = mod.INJ, mod.BEN
    _need(list(inj) == list(TECHNIQUES), "%s: techniques not in plan order" % lang)
    _need(list(ben) == [g for g, _ in GENRES], "%s: genres not in plan order" % lang)
    records = []
    finished = {}
    used_refs = set()
    for tech in TECHNIQUES:
        entries = inj[tech]
        _need(len(entries) == PER_TECHNIQUE, "%s/%s: %d entries" % (lang, tech, len(entries)))
        encs = []
        for i, e in enumerate(entries):
            where = "%s/%s/%d" % (lang, tech, i)
            _need(e["field"] in FIELDS, "%s: unknown field %s" % (where, e["field"]))
            if tech in OBFUSCATION:
                _need(e["kind"] == "O", "%s: needs an O entry" % where)
                _need(ENCODINGS[e["enc"]][0] == tech, "%s: encoding %s not of %s" % (where, e["enc"], tech))
                encs.append(e["enc"])
            elif tech == "acrostic":
                _need(e["kind"] == "A", "%s: needs an A entry" % where)
            elif tech == "payload_split":
                _need(e["kind"] == "S", "%s: needs an S entry" % where)
            else:
                _need(e["kind"] == "T", "%s: needs a T entry" % where)
            text = render(e, lang, where)
            _check_text(text, e["field"], where)
            if e["kind"] != "T":
                check_obfuscated(e, text, where)
            finished[(tech, i)] = (e, text)
            records.append({"text": text, "label": "injection", "technique": tech, "lang": lang, "field": e["field"]})
        if tech in OBFUSCATION:
            _need(encs[0] != encs[1], "%s/%s: both records use %s" % (lang, tech, encs[0]))
        if tech == "invisible_unicode":
            _need(sum(x in WHOLE_INVISIBLE for x in encs) == 1, "%s: one interleaved and one whole-invisible" % lang)
        if tech == "rot13_or_reversed":
            _need(encs.count("rot13") == 1 and sum(x in REVERSED for x in encs) == 1,
                  "%s: one rot13 and one reversed record" % lang)
    for genre, count in GENRES:
        entries = ben[genre]
        _need(len(entries) == count, "%s/%s: %d texts, want %d" % (lang, genre, len(entries), count))
        for i, e in enumerate(entries):
            where = "%s/%s/%d" % (lang, genre, i)
            if genre == "minimal_pair":
                _need(e["kind"] == "MP", "%s: needs an MP entry" % where)
                ref = e["ref"]
                _need(ref in finished, "%s: unknown reference %r" % (where, ref))
                _need(ref not in used_refs, "%s: reference used twice" % where)
                used_refs.add(ref)
                src, src_text = finished[ref]
                _need(src["kind"] == "T" and src["text"].count(MARK_OPEN) == 1
                      and src["text"].count(MARK_CLOSE) == 1, "%s: source needs one marked span" % where)
                text = _cut_mark(src["text"])
                field = src["field"]
                # exactly one contiguous span removed
                p = 0
                while p < len(text) and text[p] == src_text[p]:
                    p += 1
                _need(text[p:] == src_text[len(src_text) - (len(text) - p):], "%s: not one contiguous cut" % where)
                _need(len(text) < len(src_text), "%s: nothing removed" % where)
            else:
                _need(e["kind"] == "T", "%s: benign texts are full texts" % where)
                _need(MARK_OPEN not in e["text"], "%s: marks in a benign text" % where)
                text, field = e["text"], e["field"]
            _need(field in FIELDS, "%s: unknown field %s" % (where, field))
            _check_text(text, field, where)
            records.append({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": field})
    for (tech, i), (e, _) in finished.items():
        if e["kind"] == "T" and MARK_OPEN in e["text"]:
            _need((tech, i) in used_refs, "%s/%s/%d: marks without a minimal pair" % (lang, tech, i))
    # per-language field balance: the two labels have the same field counts
    ci = field_counts(records, "injection")
    cb = field_counts(records, "benign")
    _need(ci == cb, "%s: field counts differ: injection %s, benign %s" % (lang, ci, cb))
    return records


def field_counts(records, label):
    out = {f: 0 for f in FIELDS}
    for r in records:
        if r["label"] == label:
            out[r["field"]] += 1
    return out


def load_banks():
    return [importlib.import_module("injection30_held_%s" % lang) for lang in LANGS]


def build():
    mods = load_banks()
    records = []
    for lang, mod in zip(LANGS, mods):
        _need(mod.LANG == lang, "bank %s says %s" % (lang, mod.LANG))
        records.extend(build_lang(mod))
    rng = random.Random(SEED)
    rng.shuffle(records)
    out = []
    for n, r in enumerate(records, 1):
        rec = {"id": "%s%04d" % (ID_PREFIX, n)}
        rec.update(r)
        out.append(rec)
    check_all(out)
    return out


def check_all(records):
    _need(len(records) == 720, "want 720 records, have %d" % len(records))
    seen_ids, seen_texts = set(), {}
    per = {}
    for n, r in enumerate(records, 1):
        _need(tuple(r) == KEYS, "key order %r" % (tuple(r),))
        _need(r["id"] == "%s%04d" % (ID_PREFIX, n), "id out of sequence: %s" % r["id"])
        _need(r["id"] not in seen_ids, "duplicate id %s" % r["id"])
        seen_ids.add(r["id"])
        _need(r["label"] in LABELS and r["lang"] in LANGS and r["field"] in FIELDS, "unknown value in %s" % r["id"])
        if r["label"] == "injection":
            _need(r["technique"] in TECHNIQUES, "unknown technique %s" % r["technique"])
        else:
            _need(r["technique"] in GENRE_COUNTS, "unknown genre %s" % r["technique"])
        key = _fold(r["text"])
        _need(key not in seen_texts, "duplicate text: %s and %s" % (seen_texts.get(key), r["id"]))
        seen_texts[key] = r["id"]
        _check_text(r["text"], r["field"], r["id"])
        k = (r["lang"], r["label"], r["technique"])
        per[k] = per.get(k, 0) + 1
    for lang in LANGS:
        _need(sum(v for (l, lab, _), v in per.items() if l == lang and lab == "injection") == 60, "%s: 60 injections" % lang)
        _need(sum(v for (l, lab, _), v in per.items() if l == lang and lab == "benign") == 60, "%s: 60 benign" % lang)
        for tech in TECHNIQUES:
            _need(per.get((lang, "injection", tech)) == PER_TECHNIQUE, "%s/%s count" % (lang, tech))
        for genre, count in GENRES:
            _need(per.get((lang, "benign", genre)) == count, "%s/%s count" % (lang, genre))


def serialize(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
