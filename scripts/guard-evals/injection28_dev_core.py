"""Twenty-eighth injection corpus, dev half: plan, encoders, build and self-checks.

The six language banks (injection28_dev_{de,en,fr,es,it,nl}.py) hold the texts. This module
knows the plan (techniques, genres, fields), turns bank entries into records, shuffles them once
with a seeded random.Random and checks the result. Standard library only.
"""

import base64
import json
import random
import re
from dataclasses import dataclass

SEED = 280103
FILE_NAME = "dev28.jsonl"
ID_FORMAT = "inj-dev28-{:04d}"

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
# Per language and per label: the same field counts for injections and benign texts.
FIELD_PLAN = {"title": 5, "description": 11, "review": 10, "brief": 9, "document": 10,
              "feed_row": 10, "link": 5}
MIN_LEN, MAX_LEN = 30, 650
PER_TECHNIQUE = 2

TECHNIQUES = (
    "override", "polite_request", "third_person", "forged_note", "role_spoof", "persona",
    "prompt_leak", "insert_contact", "price_or_code", "competitor_or_disparage", "false_claim",
    "style_hijack", "sabotage", "batch_persist", "conditional", "markup", "leetspeak", "spacing",
    "homoglyph", "invisible_unicode", "base64", "rot13_or_reversed", "cross_language", "buried",
    "payload_split", "review_bypass",
    # new in this half
    "braille", "letter_numbers", "harmful_advice", "fake_terms",
)
NEW_TECHNIQUES = ("braille", "letter_numbers", "harmful_advice", "fake_terms")

GENRES = (
    ("marketing_imperative", 3), ("customer_instructions", 3), ("shop_codes_contacts", 3),
    ("review_brands", 3), ("legit_brief", 3), ("minimal_pair", 3), ("shop_html", 3),
    ("feed_row", 3), ("ordinary_jargon", 3), ("encoded_data", 3),
    ("tracking_url", 2), ("editor_note", 2), ("dev_docs", 2), ("injection_article", 2),
    ("care_label", 2), ("pipeline_log", 2), ("claims_register", 2), ("review_workflow", 2),
    # new in this half
    ("braille_tag", 2), ("number_codes", 2), ("safety_notice", 2), ("service_terms", 2),
    ("service_reply", 2), ("mixed_language", 2), ("lab_report", 2),
)
NEW_GENRES = ("braille_tag", "number_codes", "safety_notice", "service_terms", "service_reply",
              "mixed_language", "lab_report")

# The minimal pairs: these injections carry their instruction between the markers; the benign
# minimal pair is the same text with the marked span removed.
MINIMAL_PAIR_SOURCES = (("buried", 0), ("conditional", 1), ("batch_persist", 0))
MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"
PLACEHOLDER = "\u00a7\u00a7"

# Which encodings each obfuscation technique uses, and which must each occur once per language.
OBFUSCATION = {
    "leetspeak": ("leet", "leet"),
    "spacing": ("spaced", "underscored"),
    "homoglyph": ("cyrillic", "mixed_glyphs"),
    "invisible_unicode": ("soft_invisible", "tags|varsel"),
    "base64": ("base64", "base64url"),
    "rot13_or_reversed": ("rot13", "reversed"),
    "braille": ("braille", "braille"),
    "letter_numbers": ("letter_numbers", "letter_numbers"),
}

FORBIDDEN_CHARS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


# --------------------------------------------------------------------------- entries

@dataclass(frozen=True)
class T:
    """A text written out in full."""
    field: str
    text: str


@dataclass(frozen=True)
class O:
    """An obfuscated injection: the plain instruction, its encoding, and a template with one
    placeholder where the encoded form goes."""
    field: str
    plain: str
    enc: str
    template: str


@dataclass(frozen=True)
class S:
    """A split payload: the parts stand in the text in order and join (with spaces) to the plain
    instruction."""
    field: str
    plain: str
    parts: tuple
    text: str


@dataclass(frozen=True)
class MP:
    """A benign minimal pair: the carrier of injection INJ[technique][index] without its
    marked instruction."""
    technique: str
    index: int


# --------------------------------------------------------------------------- encoders

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7", "g": "9", "b": "8"}
LEET_BACK = {v: k for k, v in LEET.items()}


def leet_enc(s):
    if s != s.lower() or any(ch in LEET_BACK for ch in s):
        raise ValueError("leetspeak plain must be lower case without digits or $: %r" % s)
    return "".join(LEET.get(ch, ch) for ch in s)


def leet_dec(s):
    return "".join(LEET_BACK.get(ch, ch) for ch in s)


def spaced_enc(s):
    if "  " in s or s != s.strip():
        raise ValueError("spacing plain must have single spaces: %r" % s)
    return "   ".join(" ".join(word) for word in s.split(" "))


def spaced_dec(s):
    return " ".join(word.replace(" ", "") for word in s.split("   "))


def underscored_enc(s):
    if "_" in s or "  " in s:
        raise ValueError("underscored plain must not contain _ or double spaces: %r" % s)
    return " ".join("_".join(word) for word in s.split(" "))


def underscored_dec(s):
    return " ".join(word.replace("_", "") for word in s.split(" "))


CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
       "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
       "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422",
       "X": "\u0425", "I": "\u0406", "S": "\u0405", "J": "\u0408"}
GRK = {"o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "k": "\u03ba", "i": "\u03b9",
       "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399",
       "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1",
       "T": "\u03a4", "X": "\u03a7", "Y": "\u03a5", "Z": "\u0396"}
GLYPH_BACK = {v: k for k, v in list(CYR.items()) + list(GRK.items())}
assert len(GLYPH_BACK) == len(CYR) + len(GRK)


def _no_foreign_script(s):
    if any(ch in GLYPH_BACK for ch in s):
        raise ValueError("homoglyph plain already holds Cyrillic or Greek: %r" % s)


def cyrillic_enc(s):
    """Every letter that has a Cyrillic look-alike is replaced."""
    _no_foreign_script(s)
    return "".join(CYR.get(ch, ch) for ch in s)


def mixed_glyphs_enc(s):
    """Every second letter that has a look-alike is replaced, Greek and Cyrillic in turn where
    both exist."""
    _no_foreign_script(s)
    out, k, turn = [], 0, 0
    for ch in s:
        if ch in CYR or ch in GRK:
            if k % 2 == 1:
                if ch in GRK and (turn % 2 == 0 or ch not in CYR):
                    out.append(GRK[ch])
                else:
                    out.append(CYR[ch])
                turn += 1
            else:
                out.append(ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def glyphs_dec(s):
    return "".join(GLYPH_BACK.get(ch, ch) for ch in s)


SOFT = ("\u00ad", "\u2061", "\u2062", "\u2063", "\u2064")


def soft_invisible_enc(s):
    """Soft hyphen and the invisible math operators, in turn, after every character but the last."""
    if any(ch in SOFT for ch in s):
        raise ValueError("plain holds an invisible character: %r" % s)
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if i < len(s) - 1:
            out.append(SOFT[i % len(SOFT)])
    return "".join(out)


def soft_invisible_dec(s):
    return "".join(ch for ch in s if ch not in SOFT)


TAG_CANCEL = "\U000e007f"


def tags_enc(s):
    if not all(0x20 <= ord(ch) <= 0x7e for ch in s):
        raise ValueError("tag payload must be printable ASCII: %r" % s)
    return "".join(chr(0xE0000 + ord(ch)) for ch in s) + TAG_CANCEL


def tags_dec(s):
    if not s.endswith(TAG_CANCEL):
        raise ValueError("tag payload without cancel tag")
    body = s[:-1]
    if not all(0xE0020 <= ord(ch) <= 0xE007E for ch in body):
        raise ValueError("non-tag character inside tag payload")
    return "".join(chr(ord(ch) - 0xE0000) for ch in body)


def varsel_enc(s):
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def varsel_dec(s):
    data = bytearray()
    for ch in s:
        o = ord(ch)
        if 0xFE00 <= o <= 0xFE0F:
            data.append(o - 0xFE00)
        elif 0xE0100 <= o <= 0xE01EF:
            data.append(o - 0xE0100 + 16)
        else:
            raise ValueError("not a variation selector: U+%04X" % o)
    return data.decode("utf-8")


def b64_enc(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64_dec(s):
    return base64.b64decode(s.encode("ascii"), validate=True).decode("utf-8")


def b64url_enc(s):
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode("ascii").rstrip("=")


def b64url_dec(s):
    if not re.fullmatch(r"[A-Za-z0-9_-]+", s):
        raise ValueError("not base64url: %r" % s)
    return base64.urlsafe_b64decode((s + "=" * (-len(s) % 4)).encode("ascii")).decode("utf-8")


def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def reversed_enc(s):
    return s[::-1]


BRAILLE = dict(zip("abcdefghijklmnopqrstuvwxyz",
                   "\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a"
                   "\u2805\u2807\u280d\u281d\u2815\u280f\u281f\u2817\u280e\u281e"
                   "\u2825\u2827\u283a\u282d\u283d\u2835"))
BRAILLE.update({" ": "\u2800", ",": "\u2802", ".": "\u2832"})
BRAILLE_BACK = {v: k for k, v in BRAILLE.items()}


def braille_enc(s):
    if not re.fullmatch(r"[a-z ,.]+", s):
        raise ValueError("braille plain must be a-z, space, comma, full stop: %r" % s)
    return "".join(BRAILLE[ch] for ch in s)


def braille_dec(s):
    return "".join(BRAILLE_BACK[ch] for ch in s)


def letter_numbers_enc(s):
    """A1Z26: each letter as its place in the alphabet, letters joined by '-', words by '/'."""
    if not re.fullmatch(r"[a-z]+( [a-z]+)*", s):
        raise ValueError("letter-number plain must be lower-case words: %r" % s)
    return "/".join("-".join(str(ord(ch) - 96) for ch in word) for word in s.split(" "))


def letter_numbers_dec(s):
    if not re.fullmatch(r"\d{1,2}(-\d{1,2})*(/\d{1,2}(-\d{1,2})*)*", s):
        raise ValueError("not a letter-number sequence: %r" % s)
    words = []
    for word in s.split("/"):
        nums = [int(x) for x in word.split("-")]
        if not all(1 <= n <= 26 for n in nums):
            raise ValueError("letter number out of range: %r" % word)
        words.append("".join(chr(96 + n) for n in nums))
    return " ".join(words)


ENCODERS = {
    "leet": (leet_enc, leet_dec),
    "spaced": (spaced_enc, spaced_dec),
    "underscored": (underscored_enc, underscored_dec),
    "cyrillic": (cyrillic_enc, glyphs_dec),
    "mixed_glyphs": (mixed_glyphs_enc, glyphs_dec),
    "soft_invisible": (soft_invisible_enc, soft_invisible_dec),
    "tags": (tags_enc, tags_dec),
    "varsel": (varsel_enc, varsel_dec),
    "base64": (b64_enc, b64_dec),
    "base64url": (b64url_enc, b64url_dec),
    "rot13": (rot13, rot13),
    "reversed": (reversed_enc, reversed_enc),
    "braille": (braille_enc, braille_dec),
    "letter_numbers": (letter_numbers_enc, letter_numbers_dec),
}


# --------------------------------------------------------------------------- build

class CheckError(Exception):
    pass


def _fail(msg):
    raise CheckError(msg)


def _strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _cut_mark(text):
    i, j = text.find(MARK_OPEN), text.find(MARK_CLOSE)
    if i < 0 or j < i or text.count(MARK_OPEN) != 1 or text.count(MARK_CLOSE) != 1:
        _fail("minimal-pair source needs exactly one marked span: %r" % text[:80])
    return text[:i] + text[j + 1:]


def render_injection(lang, technique, index, entry, marked):
    """Returns (field, text) and runs the per-entry checks."""
    where = "%s/%s[%d]" % (lang, technique, index)
    if isinstance(entry, T):
        text = entry.text
        if marked:
            _cut_mark(text)
            text = _strip_marks(text)
        elif MARK_OPEN in text or MARK_CLOSE in text:
            _fail("%s: stray marker" % where)
        if technique in OBFUSCATION or technique == "payload_split":
            _fail("%s: this technique needs an encoded or split entry" % where)
        return entry.field, text
    if isinstance(entry, S):
        if technique != "payload_split":
            _fail("%s: split entry outside payload_split" % where)
        if " ".join(entry.parts) != entry.plain:
            _fail("%s: parts do not join to the plain instruction" % where)
        pos = 0
        for part in entry.parts:
            k = entry.text.find(part, pos)
            if k < 0:
                _fail("%s: part %r not found in order" % (where, part))
            pos = k + len(part)
        if entry.plain.casefold() in entry.text.casefold():
            _fail("%s: the joined instruction stands in the text in clear" % where)
        return entry.field, entry.text
    if isinstance(entry, O):
        if technique not in OBFUSCATION:
            _fail("%s: encoded entry outside an obfuscation technique" % where)
        if entry.template.count(PLACEHOLDER) != 1:
            _fail("%s: template needs exactly one placeholder" % where)
        enc, dec = ENCODERS[entry.enc]
        payload = enc(entry.plain)
        text = entry.template.replace(PLACEHOLDER, payload)
        # decode check: cut the payload out of the finished text by the template's literal parts
        prefix, suffix = entry.template.split(PLACEHOLDER)
        if not (text.startswith(prefix) and text.endswith(suffix)):
            _fail("%s: literal parts not found" % where)
        cut = text[len(prefix):len(text) - len(suffix)]
        decoded = dec(cut)
        if decoded != entry.plain:
            _fail("%s: decoded payload %r != plain %r" % (where, decoded, entry.plain))
        if entry.plain.casefold() in text.casefold():
            _fail("%s: plain instruction stands in the text in clear" % where)
        return entry.field, text
    _fail("%s: unknown entry type %r" % (where, type(entry)))


def build_language(lang, bank):
    """Returns the records of one language (without ids) in bank order."""
    inj, ben = bank.INJ, bank.BEN
    if tuple(inj) != TECHNIQUES:
        _fail("%s: techniques differ from the plan or are out of order" % lang)
    if tuple(ben) != tuple(g for g, _ in GENRES):
        _fail("%s: genres differ from the plan or are out of order" % lang)
    marked = set(MINIMAL_PAIR_SOURCES)
    records = []
    injection_text = {}
    for technique in TECHNIQUES:
        entries = inj[technique]
        if len(entries) != PER_TECHNIQUE:
            _fail("%s/%s: %d entries" % (lang, technique, len(entries)))
        if technique in OBFUSCATION:
            want = OBFUSCATION[technique]
            got = [getattr(e, "enc", None) for e in entries]
            left = list(got)
            for w in want:
                hit = [g for g in left if g in w.split("|")]
                if not hit:
                    _fail("%s/%s: encodings %r, plan %r" % (lang, technique, got, want))
                left.remove(hit[0])
        for i, entry in enumerate(entries):
            field, text = render_injection(lang, technique, i, entry, (technique, i) in marked)
            injection_text[(technique, i)] = (field, entry.text if isinstance(entry, T) else None)
            records.append({"text": text, "label": "injection", "technique": technique,
                            "lang": lang, "field": field})
    for genre, count in GENRES:
        entries = ben[genre]
        if len(entries) != count:
            _fail("%s/%s: %d entries, plan %d" % (lang, genre, len(entries), count))
        for i, entry in enumerate(entries):
            if genre == "minimal_pair":
                if not isinstance(entry, MP) or (entry.technique, entry.index) != MINIMAL_PAIR_SOURCES[i]:
                    _fail("%s: minimal pair %d does not follow the plan" % (lang, i))
                field, marked_text = injection_text[(entry.technique, entry.index)]
                text = _cut_mark(marked_text)
                inj_text = _strip_marks(marked_text)
                # the pair differs from its injection by exactly one removed span
                p = 0
                while p < len(text) and text[p] == inj_text[p]:
                    p += 1
                if not inj_text.endswith(text[p:]) or len(inj_text) - len(text) < 20:
                    _fail("%s: minimal pair %d is not its injection minus one span" % (lang, i))
            elif isinstance(entry, T):
                field, text = entry.field, entry.text
                if MARK_OPEN in text or MARK_CLOSE in text:
                    _fail("%s/%s[%d]: stray marker" % (lang, genre, i))
            else:
                _fail("%s/%s[%d]: benign entries are plain texts" % (lang, genre, i))
            records.append({"text": text, "label": "benign", "technique": genre,
                            "lang": lang, "field": field})
    return records


def build(banks):
    """banks: mapping lang -> module with INJ and BEN. Returns the final list of records."""
    records = []
    for lang in LANGS:
        records.extend(build_language(lang, banks[lang]))
    rng = random.Random(SEED)
    rng.shuffle(records)
    out = []
    for n, r in enumerate(records, 1):
        out.append({"id": ID_FORMAT.format(n), "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    check(out)
    return out


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --------------------------------------------------------------------------- checks

KEYS = ["id", "text", "label", "technique", "lang", "field"]


def check(records):
    if len(records) != 720:
        _fail("%d records, want 720" % len(records))
    ids = [r["id"] for r in records]
    if ids != [ID_FORMAT.format(n) for n in range(1, 721)] or len(set(ids)) != 720:
        _fail("ids are not 0001..0720 in order or not unique")
    seen = {}
    genre_count = dict(GENRES)
    counts = {}
    fields = {}
    for r in records:
        if list(r) != KEYS:
            _fail("%s: key order %r" % (r["id"], list(r)))
        if r["lang"] not in LANGS:
            _fail("%s: unknown language" % r["id"])
        if r["field"] not in FIELDS:
            _fail("%s: unknown field %r" % (r["id"], r["field"]))
        if r["label"] == "injection":
            if r["technique"] not in TECHNIQUES:
                _fail("%s: unknown technique" % r["id"])
        elif r["label"] == "benign":
            if r["technique"] not in genre_count:
                _fail("%s: unknown genre" % r["id"])
        else:
            _fail("%s: unknown label" % r["id"])
        text = r["text"]
        if not (MIN_LEN <= len(text) <= MAX_LEN):
            _fail("%s: length %d (%s/%s %s)" % (r["id"], len(text), r["lang"], r["technique"], text[:60]))
        if any(ch in text for ch in FORBIDDEN_CHARS):
            _fail("%s: line-breaking control character" % r["id"])
        if PLACEHOLDER in text or MARK_OPEN in text or MARK_CLOSE in text:
            _fail("%s: placeholder or marker left in text" % r["id"])
        if text != text.strip():
            _fail("%s: leading or trailing whitespace" % r["id"])
        key = " ".join(text.split()).casefold()
        if key in seen:
            _fail("%s: duplicate text of %s" % (r["id"], seen[key]))
        seen[key] = r["id"]
        k = (r["lang"], r["label"], r["technique"])
        counts[k] = counts.get(k, 0) + 1
        f = (r["lang"], r["label"], r["field"])
        fields[f] = fields.get(f, 0) + 1
    for lang in LANGS:
        for t in TECHNIQUES:
            if counts.get((lang, "injection", t), 0) != PER_TECHNIQUE:
                _fail("%s/%s: %d injections" % (lang, t, counts.get((lang, "injection", t), 0)))
        for g, n in GENRES:
            if counts.get((lang, "benign", g), 0) != n:
                _fail("%s/%s: %d benign texts, plan %d" % (lang, g, counts.get((lang, "benign", g), 0), n))
        for label in ("injection", "benign"):
            total = sum(v for (l, lab, _), v in counts.items() if l == lang and lab == label)
            if total != 60:
                _fail("%s: %d %s records" % (lang, total, label))
            for field, n in FIELD_PLAN.items():
                got = fields.get((lang, label, field), 0)
                if got != n:
                    _fail("%s/%s: field %s has %d, plan %d" % (lang, label, field, got, n))
    if sum(n for _, n in GENRES) != 60 or len(TECHNIQUES) != 30 or sum(FIELD_PLAN.values()) != 60:
        _fail("plan totals are wrong")
