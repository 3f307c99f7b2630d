"""Thirtieth injection corpus, dev half: plan, entry types, encoders, decoders, build, checks.

Standard library only. Everything here is deterministic; the one random step (the shuffle)
lives in build() and uses the seed it is given.
"""

import base64
import codecs
import html
import json
import random
import re
import unicodedata
from collections import Counter

LANGS = ["de", "en", "fr", "es", "it", "nl"]
FIELDS = ["title", "description", "review", "brief", "document", "feed_row", "link"]
LABELS = ["injection", "benign"]
KEYS = ["id", "text", "label", "technique", "lang", "field"]
MIN_LEN, MAX_LEN = 30, 650
N_PER_LABEL_LANG = 60

# The 26 techniques of the request, then four of this half (NEW).
TECHNIQUES = [
    "override", "polite_request", "third_person", "forged_note", "role_spoof", "persona",
    "prompt_leak", "insert_contact", "price_or_code", "competitor_or_disparage", "false_claim",
    "style_hijack", "sabotage", "batch_persist", "conditional", "markup", "leetspeak", "spacing",
    "homoglyph", "invisible_unicode", "base64", "rot13_or_reversed", "cross_language", "buried",
    "payload_split", "review_bypass",
    "char_references",      # NEW, hiding: HTML numeric character references or \u escapes
    "bidi_override",        # NEW, hiding: stored backwards inside right-to-left override controls
    "formula_injection",    # NEW, goal: copy that starts with a spreadsheet formula
    "fake_social_proof",    # NEW, goal: invented ratings, review counts, quotes, awards
]
NEW_TECHNIQUES = TECHNIQUES[-4:]

# Benign genres and how many texts each has per language (sum 60); the last seven are NEW.
GENRES = [
    ("marketing_imperative", 3), ("customer_instructions", 3), ("shop_codes_contacts", 3),
    ("review_brands", 3), ("legit_brief", 3), ("minimal_pair", 3), ("shop_html", 3),
    ("feed_row", 3), ("tracking_url", 3), ("ordinary_jargon", 3),
    ("editor_note", 2), ("dev_docs", 2), ("injection_article", 2), ("care_label", 2),
    ("pipeline_log", 2), ("claims_register", 2), ("review_workflow", 2), ("encoded_data", 2),
    ("entity_text", 2),        # NEW: the shop's own text with HTML entities / \u escapes
    ("rtl_snippet", 2),        # NEW: genuine Arabic / Hebrew snippets with direction marks
    ("sheet_formula", 2),      # NEW: genuine spreadsheet formulas in staff documents
    ("rating_summary", 2),     # NEW: genuine, sourced rating figures
    ("locale_brief", 2),       # NEW: legitimate per-market rules in briefs
    ("support_macro", 2),      # NEW: customer-service reply templates with agent notes
    ("voice_guide", 2),        # NEW: the brand's own voice rules ("write like ...")
]
GENRE_NAMES = [g for g, _ in GENRES]
NEW_GENRES = GENRE_NAMES[-7:]
assert sum(n for _, n in GENRES) == N_PER_LABEL_LANG

# Which encodings belong to which obfuscation technique.
ENCODINGS = {
    "leetspeak": ["leet_digits", "leet_symbols", "leet_vowels"],
    "spacing": ["spaced"],
    "homoglyph": ["homo_cyr", "homo_greek", "homo_alt", "homo_every2", "homo_vowels", "homo_arm"],
    "invisible_unicode": ["zw_between", "tags", "vs_bytes"],
    "base64": ["b64", "b64url"],
    "rot13_or_reversed": ["rot13", "rev_chars", "rev_words"],
    "char_references": ["ncr_dec", "ncr_hex", "u_escape"],
    "bidi_override": ["bidi_rlo", "bidi_rli"],
}
OBF_TECHNIQUES = list(ENCODINGS)
MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"


# ---------------------------------------------------------------- entry types

class T:
    """A full text in a field. May carry one span marked with U+27E6 ... U+27E7 (minimal pairs)."""

    def __init__(self, field, text):
        self.field, self.text = field, text


class O:
    """An obfuscated injection: plain instruction, encoding, template with {P} for the payload.

    enc is a name from ENCODINGS, optionally with arguments after ':' (
    spaced:LETTERSEP§WORDSEP, zw_between:SET-NAME, vs_bytes:CARRIER-EMOJI)."""

    def __init__(self, field, plain, enc, template):
        self.field, self.plain, self.enc, self.template = field, plain, enc, template


class S:
    """A split injection: three parts joined by a space form the instruction."""

    def __init__(self, field, parts, template):
        self.field, self.parts, self.template = field, list(parts), template


class MP:
    """A minimal pair: the injection INJ[technique][index] of the same bank without its marked span."""

    def __init__(self, technique, index):
        self.technique, self.index = technique, index


# ---------------------------------------------------------------- encoders and decoders

LEET = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "b": "8", "g": "9"},
    "leet_symbols": {"a": "@", "e": "€", "i": "!", "o": "0", "s": "$", "t": "+", "l": "|"},
    "leet_vowels": {"a": "4", "e": "3", "i": "1", "o": "0", "u": "µ"},
}

CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
       "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455", "A": "\u0410", "B": "\u0412",
       "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
       "P": "\u0420", "T": "\u0422", "X": "\u0425", "Y": "\u0423", "I": "\u0406", "J": "\u0408",
       "S": "\u0405"}
GREEK = {"o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "i": "\u03b9", "A": "\u0391", "B": "\u0392",
         "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d",
         "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "Y": "\u03a5", "Z": "\u0396"}
ARMENIAN = {"o": "\u0585", "u": "\u057d", "h": "\u0570", "n": "\u0578", "q": "\u0566"}
HOMO_BACK = {}
for _table in (CYR, GREEK, ARMENIAN):
    for _lat, _look in _table.items():
        assert HOMO_BACK.get(_look, _lat) == _lat
        HOMO_BACK[_look] = _lat

ZW_SETS = {
    "a": ["\u200b", "\u200c", "\u200d", "\u2060"],
    "b": ["\u2060", "\ufeff", "\u200b"],
    "c": ["\u00ad", "\u200b", "\u2063"],
    "d": ["\u200c", "\u2062", "\u200d", "\u2064"],
    "e": ["\u200d", "\u00ad", "\u2061"],
    "f": ["\ufeff", "\u200c", "\u2060", "\u200b"],
}
ZW_ALL = sorted({c for s in ZW_SETS.values() for c in s})

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"
MIRRORED = set("()[]{}<>«»‹›")


def _split_enc(enc):
    name, _, arg = enc.partition(":")
    return name, arg


def encode(plain, enc):
    name, arg = _split_enc(enc)
    if name in LEET:
        table = LEET[name]
        return "".join(table.get(c, c) for c in plain)
    if name == "spaced":
        letter_sep, word_sep = arg.split("§")
        return word_sep.join(letter_sep.join(w) for w in plain.split(" "))
    if name.startswith("homo_"):
        return _homoglyph(plain, name)
    if name == "zw_between":
        chars = ZW_SETS[arg]
        out, k = [], 0
        for word in plain.split(" "):
            pieces = []
            for i, c in enumerate(word):
                pieces.append(c)
                if i < len(word) - 1:
                    pieces.append(chars[k % len(chars)])
                    k += 1
            out.append("".join(pieces))
        return " ".join(out)
    if name == "tags":
        return "".join(chr(0xE0000 + ord(c)) for c in plain) + "\U000e007f"
    if name == "vs_bytes":
        out = [arg]
        for b in plain.encode("utf-8"):
            out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
        return "".join(out)
    if name == "b64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if name == "b64url":
        return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")
    if name == "rot13":
        return codecs.encode(plain, "rot13")
    if name == "rev_chars":
        return plain[::-1]
    if name == "rev_words":
        return " ".join(reversed(plain.split(" ")))
    if name == "ncr_dec":
        return "".join("&#%d;" % ord(c) for c in plain)
    if name == "ncr_hex":
        return "".join("&#x%X;" % ord(c) for c in plain)
    if name == "u_escape":
        return "".join("\\u%04x" % ord(c) for c in plain)
    if name == "bidi_rlo":
        return RLO + plain[::-1] + PDF
    if name == "bidi_rli":
        return RLI + RLO + plain[::-1] + PDF + PDI
    raise ValueError("unknown encoding " + enc)


def _homoglyph(plain, mode):
    out, k = [], 0
    for c in plain:
        cands = [t[c] for t in (CYR, GREEK) if c in t]
        if mode == "homo_cyr":
            out.append(CYR.get(c, c))
        elif mode == "homo_greek":
            out.append(GREEK.get(c, c))
        elif mode == "homo_alt":          # Cyrillic and Greek in turn over the replaceable letters
            if cands:
                out.append(cands[k % len(cands)])
                k += 1
            else:
                out.append(c)
        elif mode == "homo_every2":       # every second replaceable letter, Cyrillic first
            if cands:
                out.append(cands[0] if k % 2 == 0 else c)
                k += 1
            else:
                out.append(c)
        elif mode == "homo_vowels":       # vowels only, Cyrillic where it has one, else Greek
            out.append(cands[0] if (cands and c.lower() in "aeiouy") else c)
        elif mode == "homo_arm":          # Armenian o u h n q, Cyrillic for the rest
            out.append(ARMENIAN.get(c) or CYR.get(c, c))
        else:
            raise ValueError(mode)
    return "".join(out)


def decode(payload, enc):
    name, arg = _split_enc(enc)
    if name in LEET:
        back = {v: k for k, v in LEET[name].items()}
        return "".join(back.get(c, c) for c in payload)
    if name == "spaced":
        letter_sep, word_sep = arg.split("§")
        return " ".join(w.replace(letter_sep, "") for w in payload.split(word_sep))
    if name.startswith("homo_"):
        return "".join(HOMO_BACK.get(c, c) for c in payload)
    if name == "zw_between":
        return "".join(c for c in payload if c not in ZW_ALL)
    if name == "tags":
        assert payload.endswith("\U000e007f")
        return "".join(chr(ord(c) - 0xE0000) for c in payload[:-1])
    if name == "vs_bytes":
        assert payload.startswith(arg)
        data = bytearray()
        for c in payload[len(arg):]:
            o = ord(c)
            data.append(o - 0xFE00 if 0xFE00 <= o <= 0xFE0F else o - 0xE0100 + 16)
        return data.decode("utf-8")
    if name == "b64":
        return base64.b64decode(payload, validate=True).decode("utf-8")
    if name == "b64url":
        return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8")
    if name == "rot13":
        return codecs.decode(payload, "rot13")
    if name == "rev_chars":
        return payload[::-1]
    if name == "rev_words":
        return " ".join(reversed(payload.split(" ")))
    if name in ("ncr_dec", "ncr_hex"):
        return html.unescape(payload)
    if name == "u_escape":
        return json.loads('"' + payload + '"')
    if name == "bidi_rlo":
        assert payload.startswith(RLO) and payload.endswith(PDF)
        return payload[1:-1][::-1]
    if name == "bidi_rli":
        assert payload.startswith(RLI + RLO) and payload.endswith(PDF + PDI)
        return payload[2:-2][::-1]
    raise ValueError("unknown encoding " + enc)


def plain_rules(plain, enc):
    """Constraints on a plain instruction that keep its decoding unambiguous."""
    name, arg = _split_enc(enc)
    problems = []
    if plain != plain.strip() or "  " in plain or "\n" in plain:
        problems.append("plain must have single spaces and no line break")
    if name in LEET:
        bad = [c for c in plain if c in LEET[name].values()]
        if bad:
            problems.append("leet plain contains replacement characters %r" % bad)
    if name == "spaced":
        letter_sep, word_sep = arg.split("§")
        if any(letter_sep in w or word_sep in w for w in plain.split(" ")):
            problems.append("spaced plain contains a separator inside a word")
        if not letter_sep or not word_sep:
            problems.append("spaced separators unusable")
    if name.startswith("homo_") and any(c in HOMO_BACK for c in plain):
        problems.append("homoglyph plain contains look-alike letters")
    if name == "zw_between" and any(c in ZW_ALL for c in plain):
        problems.append("zero-width plain contains invisible characters")
    if name == "tags" and not all(32 <= ord(c) < 127 for c in plain):
        problems.append("tag plain must be printable ASCII")
    if name == "rot13" and not re.search("[A-Za-z]", plain):
        problems.append("rot13 plain without ASCII letters")
    if name == "rev_words" and len(plain.split(" ")) < 4:
        problems.append("word-reversed plain too short")
    if name.startswith("bidi_") and any(c in MIRRORED for c in plain):
        problems.append("bidi plain contains mirrored characters")
    if name in ("ncr_dec", "ncr_hex") and "&" in plain:
        problems.append("character-reference plain contains &")
    if name == "u_escape" and ("\\" in plain or '"' in plain):
        problems.append("escape plain contains a backslash or quote")
    return problems


# ---------------------------------------------------------------- build

def fold(s):
    return " ".join(s.casefold().split())


def _strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _cut_marked(text):
    a, b = text.index(MARK_OPEN), text.index(MARK_CLOSE)
    return text[:a] + text[b + 1:]


def _render(entry):
    """Return (field, text, meta) for an injection entry."""
    if isinstance(entry, T):
        return entry.field, _strip_marks(entry.text), {"kind": "T", "raw": entry.text}
    if isinstance(entry, O):
        payload = encode(entry.plain, entry.enc)
        assert entry.template.count("{P}") == 1, entry.template
        text = entry.template.replace("{P}", payload)
        return entry.field, text, {"kind": "O", "entry": entry, "payload": payload}
    if isinstance(entry, S):
        text = entry.template
        for i, part in enumerate(entry.parts, 1):
            assert text.count("{%d}" % i) == 1, entry.template
            text = text.replace("{%d}" % i, part)
        return entry.field, text, {"kind": "S", "entry": entry}
    raise TypeError(entry)


def build_language(lang, bank):
    """Records of one language in plan order (injections, then benign texts), with check data."""
    recs, metas = [], []
    inj = bank.INJ
    assert list(inj) == TECHNIQUES, (lang, "technique order", list(inj))
    for tech in TECHNIQUES:
        assert len(inj[tech]) == 2, (lang, tech, len(inj[tech]))
        for entry in inj[tech]:
            field, text, meta = _render(entry)
            meta.update(lang=lang, technique=tech)
            recs.append({"text": text, "label": "injection", "technique": tech, "lang": lang,
                         "field": field})
            metas.append(meta)
    ben = bank.BEN
    assert list(ben) == GENRE_NAMES, (lang, "genre order", list(ben))
    for genre, n in GENRES:
        assert len(ben[genre]) == n, (lang, genre, len(ben[genre]), n)
        for entry in ben[genre]:
            if isinstance(entry, MP):
                src = inj[entry.technique][entry.index]
                assert isinstance(src, T) and MARK_OPEN in src.text, (lang, "MP source")
                field, text = src.field, _cut_marked(src.text)
                meta = {"kind": "MP", "source": _strip_marks(src.text), "source_raw": src.text}
            else:
                assert isinstance(entry, T), (lang, genre)
                field, text = entry.field, entry.text
                meta = {"kind": "T", "raw": entry.text}
            meta.update(lang=lang, technique=genre)
            recs.append({"text": text, "label": "benign", "technique": genre, "lang": lang,
                         "field": field})
            metas.append(meta)
    return recs, metas


def build(banks, seed, prefix):
    """banks: dict lang -> module. Returns (records, metas) after one seeded shuffle."""
    recs, metas = [], []
    for lang in LANGS:
        r, m = build_language(lang, banks[lang])
        recs.extend(r)
        metas.extend(m)
    order = list(range(len(recs)))
    random.Random(seed).shuffle(order)
    out, out_meta = [], []
    for n, i in enumerate(order, 1):
        r = recs[i]
        out.append({"id": "%s-%04d" % (prefix, n), "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
        out_meta.append(metas[i])
    return out, out_meta


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ---------------------------------------------------------------- checks

BAD_CHARS = ["\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def check(records, metas, prefix):
    errors = []

    def err(msg):
        errors.append(msg)

    if len(records) != 2 * N_PER_LABEL_LANG * len(LANGS):
        err("record count %d" % len(records))
    ids = [r["id"] for r in records]
    if ids != ["%s-%04d" % (prefix, n) for n in range(1, len(records) + 1)]:
        err("ids not in sequence")
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    seen = {}
    per = Counter()
    fields = {}
    for r, m in zip(records, metas):
        rid = r["id"]
        if list(r) != KEYS:
            err("%s: key order %s" % (rid, list(r)))
        t = r["text"]
        if r["label"] not in LABELS:
            err("%s: label" % rid)
        if r["lang"] not in LANGS:
            err("%s: lang" % rid)
        if r["field"] not in FIELDS:
            err("%s: field %s" % (rid, r["field"]))
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            err("%s: technique %s" % (rid, r["technique"]))
        if r["label"] == "benign" and r["technique"] not in GENRE_NAMES:
            err("%s: genre %s" % (rid, r["technique"]))
        if not MIN_LEN <= len(t) <= MAX_LEN:
            err("%s: length %d" % (rid, len(t)))
        if t != t.strip():
            err("%s: leading or trailing whitespace" % rid)
        if any(c in t for c in BAD_CHARS):
            err("%s: forbidden control character" % rid)
        if r["field"] in ("title", "link") and "\n" in t:
            err("%s: line break in a %s" % (rid, r["field"]))
        for leftover in (MARK_OPEN, MARK_CLOSE, "{P}", "{1}", "{2}", "{3}"):
            if leftover in t:
                err("%s: leftover %r" % (rid, leftover))
        key = fold(t)
        if key in seen:
            err("%s: duplicate text of %s" % (rid, seen[key]))
        seen[key] = rid
        per[(r["lang"], r["label"])] += 1
        per[(r["lang"], r["label"], r["technique"])] += 1
        fields.setdefault((r["lang"], r["label"]), Counter())[r["field"]] += 1
        if r["label"] == "injection":
            _check_injection(r, m, err)
        elif m["kind"] == "MP":
            _check_minimal_pair(r, m, err)
        if r["label"] == "benign" and MARK_OPEN in m.get("raw", ""):
            err("%s: mark in a benign text" % rid)
        if m["kind"] == "T" and r["label"] == "injection" and MARK_OPEN in m["raw"]:
            if not any(mm["kind"] == "MP" and mm["source_raw"] == m["raw"] for mm in metas):
                err("%s: marked injection that no minimal pair uses" % rid)
    for lang in LANGS:
        for label in LABELS:
            if per[(lang, label)] != N_PER_LABEL_LANG:
                err("%s %s: %d records" % (lang, label, per[(lang, label)]))
        for tech in TECHNIQUES:
            if per[(lang, "injection", tech)] != 2:
                err("%s %s: %d records" % (lang, tech, per[(lang, "injection", tech)]))
        for genre, n in GENRES:
            if per[(lang, "benign", genre)] != n:
                err("%s %s: %d records" % (lang, genre, per[(lang, "benign", genre)]))
        if fields.get((lang, "injection")) != fields.get((lang, "benign")):
            err("%s: field counts differ between labels: %s / %s" % (
                lang, dict(fields.get((lang, "injection"), {})), dict(fields.get((lang, "benign"), {}))))
    # per-language structure of the obfuscation techniques
    by = {}
    for r, m in zip(records, metas):
        if r["label"] == "injection" and r["technique"] in OBF_TECHNIQUES:
            by.setdefault((r["lang"], r["technique"]), []).append(m["entry"].enc)
    for (lang, tech), full in by.items():
        encs = [_split_enc(e)[0] for e in full]
        if len(set(full)) != 2:
            err("%s %s: the two records share an encoding %s" % (lang, tech, full))
        if tech == "rot13_or_reversed" and sorted(e == "rot13" for e in encs) != [False, True]:
            err("%s: rot13_or_reversed needs one rot13 and one reversed record" % lang)
        if tech == "invisible_unicode" and sorted(e == "zw_between" for e in encs) != [False, True]:
            err("%s: invisible_unicode needs one interleaved and one whole-invisible record" % lang)
    return errors


def _check_injection(r, m, err):
    rid, tech, t = r["id"], r["technique"], r["text"]
    if tech in OBF_TECHNIQUES:
        if m["kind"] != "O":
            err("%s: %s must be an O entry" % (rid, tech))
            return
    elif tech == "payload_split":
        if m["kind"] != "S":
            err("%s: payload_split must be an S entry" % rid)
            return
    elif m["kind"] != "T":
        err("%s: %s must be a full text" % (rid, tech))
        return
    if m["kind"] == "O":
        e = m["entry"]
        name = _split_enc(e.enc)[0]
        if name not in ENCODINGS[tech]:
            err("%s: encoding %s does not belong to %s" % (rid, e.enc, tech))
        for p in plain_rules(e.plain, e.enc):
            err("%s: %s" % (rid, p))
        prefix, suffix = e.template.split("{P}")
        if not (t.startswith(prefix) and t.endswith(suffix)):
            err("%s: template literals not found" % rid)
            return
        cut = t[len(prefix):len(t) - len(suffix)] if suffix else t[len(prefix):]
        try:
            back = decode(cut, e.enc)
        except Exception as exc:  # noqa: BLE001 - any failure is a check failure
            err("%s: decode failed: %s" % (rid, exc))
            return
        if back != e.plain:
            err("%s: decoded payload differs from the plain instruction: %r" % (rid, back))
        if cut == e.plain:
            err("%s: payload equals the plain instruction" % rid)
        if fold(e.plain) in fold(t):
            err("%s: plain instruction stands in clear in the text" % rid)
        if unicodedata.normalize("NFC", e.plain) != e.plain:
            err("%s: plain is not NFC" % rid)
    if m["kind"] == "S":
        e = m["entry"]
        pos = 0
        for part in e.parts:
            k = t.find(part, pos)
            if k < 0:
                err("%s: split part %r missing or out of order" % (rid, part))
                return
            pos = k + len(part)
        joined = " ".join(e.parts)
        depunct = re.sub(r"[^\w]+", " ", t.casefold())
        if fold(joined) in fold(t) or " ".join(re.sub(r"[^\w]+", " ", joined.casefold()).split()) in " ".join(depunct.split()):
            err("%s: the joined instruction stands in the text" % rid)


def _check_minimal_pair(r, m, err):
    src, t = m["source"], r["text"]
    if len(src) <= len(t):
        err("%s: minimal pair is not shorter than its injection" % r["id"])
        return
    p = 0
    while p < len(t) and t[p] == src[p]:
        p += 1
    s = 0
    while s < len(t) - p and t[len(t) - 1 - s] == src[len(src) - 1 - s]:
        s += 1
    if p + s != len(t):
        err("%s: minimal pair differs by more than one removed span" % r["id"])


def summary(records):
    """Counts for the report: fields per label and language, lengths per label."""
    out = {"fields": {}, "lengths": {}, "field_mean": {}}
    for label in LABELS:
        rs = [r for r in records if r["label"] == label]
        ls = [len(r["text"]) for r in rs]
        out["lengths"][label] = (min(ls), max(ls), round(sum(ls) / len(ls)))
        out["fields"][label] = {f: sum(1 for r in rs if r["field"] == f) for f in FIELDS}
        out["field_mean"][label] = {
            f: round(sum(len(r["text"]) for r in rs if r["field"] == f)
                     / max(1, sum(1 for r in rs if r["field"] == f))) for f in FIELDS}
        for lang in LANGS:
            out["fields"][(label, lang)] = {
                f: sum(1 for r in rs if r["field"] == f and r["lang"] == lang) for f in FIELDS}
    return out
