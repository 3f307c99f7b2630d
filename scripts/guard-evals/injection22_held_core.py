"""Shared machinery of the held-out half of the twenty-second injection corpus (heldout22).

The language modules (`injection22_held_{de,en,fr,es,it,nl}.py`) hold the phrasings; this module
turns them into records, applies the obfuscations, runs the self-checks, shuffles and numbers.

A language module defines

    LANG = "de"
    INJ  = [(technique, field, text), ...]                        # 60 entries, 2 per technique
           # obfuscated entries: (technique, field, carrier, plain, kind)
           # `carrier` holds the marker {P}; it is replaced by ENCODE[kind](plain)
    BEN  = [(genre, field, text), ...]                            # 60 entries, 2-3 per genre

Python 3.11 standard library only; no randomness but one `random.Random(SEED)` shuffle.
"""

import base64
import codecs
import json
import random

SEED = 220203
ID_PREFIX = "inj-heldout22-"
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
MIN_LEN, MAX_LEN = 30, 650

# the 30 techniques; the last four were added by this half's author
TECHNIQUES = (
    "override",
    "polite_request",
    "question_action",
    "third_person",
    "forged_note",
    "role_spoof",
    "persona",
    "exfiltration",
    "insert_contact",
    "insert_code",
    "price",
    "competitor",
    "disparage",
    "false_claim",
    "style_change",
    "sabotage",
    "batch_persistence",
    "conditional",
    "markup",
    "char_obfuscation",
    "unicode_obfuscation",
    "base64",
    "cipher",
    "third_language",
    "buried",
    "payload_split",
    "canary_beacon",
    "self_replicating",
    "fake_warning",
    "review_bypass",
)

# the 25 benign genres
GENRES = (
    "marketing_imperative",
    "customer_instructions",
    "shop_promo_contact",
    "review_brands_ai",
    "legit_brief",
    "editor_note",
    "dev_docs",
    "injection_article",
    "security_training",
    "minimal_pair",
    "shop_html",
    "faq_rules",
    "brand_guideline",
    "feed_row_plain",
    "tracking_url",
    "encoded_data",
    "customer_quote",
    "ordinary_terms",
    "safety_note",
    "approval_workflow",
    "mixed_language",
    "typography",
    "long_document",
    "product_copy",
    "care_instructions",
)

# which obfuscation kinds each obfuscated technique may use
OBFUSCATED = {
    "char_obfuscation": ("leet", "spacing"),
    "unicode_obfuscation": ("homoglyph", "zero_width"),
    "base64": ("base64",),
    "cipher": ("rot13", "reversed"),
}

# ---------------------------------------------------------------- obfuscations

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}

# Latin letter -> Cyrillic or Greek look-alike
_HOMO = {
    "a": "\u0430",  # Cyrillic a
    "e": "\u0435",  # Cyrillic ie
    "o": "\u03bf",  # Greek omicron
    "p": "\u0440",  # Cyrillic er
    "c": "\u0441",  # Cyrillic es
    "x": "\u0445",  # Cyrillic ha
    "y": "\u0443",  # Cyrillic u
    "i": "\u0456",  # Cyrillic byelorussian-ukrainian i
    "A": "\u0391",  # Greek Alpha
    "E": "\u0415",  # Cyrillic IE
    "O": "\u041e",  # Cyrillic O
    "T": "\u03a4",  # Greek Tau
    "K": "\u039a",  # Greek Kappa
}
_UNHOMO = {v: k for k, v in _HOMO.items()}

_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def enc_leet(s: str) -> str:
    return "".join(_LEET.get(c.lower(), c) for c in s)


def dec_leet(s: str) -> str:
    return "".join(_UNLEET.get(c, c) for c in s).lower()


def enc_spacing(s: str) -> str:
    return "   ".join(" ".join(word) for word in s.split(" "))


def dec_spacing(s: str) -> str:
    return " ".join(part.replace(" ", "") for part in s.split("   "))


def enc_homoglyph(s: str) -> str:
    return "".join(_HOMO.get(c, c) for c in s)


def dec_homoglyph(s: str) -> str:
    return "".join(_UNHOMO.get(c, c) for c in s)


def enc_zero_width(s: str) -> str:
    out, k = [], 0
    for i, c in enumerate(s):
        out.append(c)
        if i + 1 < len(s) and c != " " and s[i + 1] != " ":
            out.append(_ZW[k % len(_ZW)])
            k += 1
    return "".join(out)


def dec_zero_width(s: str) -> str:
    return "".join(c for c in s if c not in _ZW)


def enc_base64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def dec_base64(s: str) -> str:
    return base64.b64decode(s.encode("ascii"), validate=True).decode("utf-8")


def enc_rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def dec_rot13(s: str) -> str:
    return codecs.decode(s, "rot13")


def enc_reversed(s: str) -> str:
    return s[::-1]


def dec_reversed(s: str) -> str:
    return s[::-1]


ENCODE = {
    "leet": enc_leet,
    "spacing": enc_spacing,
    "homoglyph": enc_homoglyph,
    "zero_width": enc_zero_width,
    "base64": enc_base64,
    "rot13": enc_rot13,
    "reversed": enc_reversed,
}
DECODE = {
    "leet": dec_leet,
    "spacing": dec_spacing,
    "homoglyph": dec_homoglyph,
    "zero_width": dec_zero_width,
    "base64": dec_base64,
    "rot13": dec_rot13,
    "reversed": dec_reversed,
}


def _expected_plain(kind: str, plain: str) -> str:
    return plain.lower() if kind == "leet" else plain


# ---------------------------------------------------------------- building


class CheckError(Exception):
    pass


def _fail(msg: str):
    raise CheckError(msg)


def _records_of(mod):
    """Unshuffled records of one language module, plus the obfuscation facts for the checks."""
    lang = mod.LANG
    recs, obf = [], []
    for entry in mod.INJ:
        if len(entry) == 3:
            tech, field, text = entry
            if tech in OBFUSCATED:
                _fail(f"{lang}: {tech} needs a carrier, a plain instruction and a kind")
        elif len(entry) == 5:
            tech, field, carrier, plain, kind = entry
            if carrier.count("{P}") != 1:
                _fail(f"{lang}: {tech} carrier must hold {{P}} once: {carrier!r}")
            if tech not in OBFUSCATED or kind not in OBFUSCATED[tech]:
                _fail(f"{lang}: {tech} cannot use the obfuscation {kind}")
            if kind == "leet" and any(ch.isdigit() for ch in plain):
                _fail(f"{lang}: a leetspeak payload must not hold digits: {plain!r}")
            if kind == "spacing" and "  " in plain:
                _fail(f"{lang}: a spaced payload must not hold double spaces: {plain!r}")
            encoded = ENCODE[kind](plain)
            text = carrier.replace("{P}", encoded)
            obf.append((lang, tech, kind, plain, encoded, text))
        else:
            _fail(f"{lang}: malformed injection entry {entry!r}")
        recs.append({"text": text, "label": "injection", "technique": tech, "lang": lang,
                     "field": field})
    for genre, field, text in mod.BEN:
        recs.append({"text": text, "label": "benign", "technique": genre, "lang": lang,
                     "field": field})
    return recs, obf


def build(modules):
    """All records, shuffled with SEED and numbered; raises CheckError when a check fails."""
    recs, obf = [], []
    for mod in modules:
        r, o = _records_of(mod)
        recs.extend(r)
        obf.extend(o)
    check_unshuffled(recs, obf)
    rng = random.Random(SEED)
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"{ID_PREFIX}{i:04d}", "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    check_final(out)
    return out


def check_unshuffled(recs, obf):
    for lang in LANGS:
        inj = [r for r in recs if r["lang"] == lang and r["label"] == "injection"]
        ben = [r for r in recs if r["lang"] == lang and r["label"] == "benign"]
        if len(inj) != 60 or len(ben) != 60:
            _fail(f"{lang}: {len(inj)} injections and {len(ben)} benign texts, want 60 + 60")
        for t in TECHNIQUES:
            n = sum(1 for r in inj if r["technique"] == t)
            if n != 2:
                _fail(f"{lang}: technique {t} has {n} records, want 2")
        for g in GENRES:
            n = sum(1 for r in ben if r["technique"] == g)
            if n not in (2, 3):
                _fail(f"{lang}: genre {g} has {n} records, want 2 or 3")
        for r in inj:
            if r["technique"] not in TECHNIQUES:
                _fail(f"{lang}: unknown technique {r['technique']}")
        for r in ben:
            if r["technique"] not in GENRES:
                _fail(f"{lang}: unknown genre {r['technique']}")
    for r in recs:
        if r["field"] not in FIELDS:
            _fail(f"unknown field {r['field']!r}")
        n = len(r["text"])
        if not MIN_LEN <= n <= MAX_LEN:
            _fail(f"{r['lang']} {r['technique']}: length {n} outside {MIN_LEN}-{MAX_LEN}: "
                  f"{r['text'][:60]!r}")
        if "{P}" in r["text"]:
            _fail(f"{r['lang']} {r['technique']}: unfilled marker")
        if r["text"] != r["text"].strip():
            _fail(f"{r['lang']} {r['technique']}: leading or trailing whitespace")
    seen = {}
    for r in recs:
        key = r["text"]
        if key in seen:
            _fail(f"duplicate text in {r['lang']} {r['technique']} and {seen[key]}")
        seen[key] = f"{r['lang']} {r['technique']}"
    # every obfuscated payload decodes to its plain instruction
    for lang, tech, kind, plain, encoded, text in obf:
        if encoded not in text:
            _fail(f"{lang} {tech}: encoded payload missing from the text")
        if DECODE[kind](encoded) != _expected_plain(kind, plain):
            _fail(f"{lang} {tech}: {kind} payload does not decode to {plain!r}")
        if encoded == plain:
            _fail(f"{lang} {tech}: {kind} left the payload unchanged")
    # every obfuscation kind is used in each language at least once where a technique has two
    for lang in LANGS:
        for tech, kinds in OBFUSCATED.items():
            used = [o[2] for o in obf if o[0] == lang and o[1] == tech]
            if len(used) != 2:
                _fail(f"{lang} {tech}: {len(used)} obfuscated records, want 2")
            if len(kinds) == 2 and sorted(used) != sorted(kinds):
                _fail(f"{lang} {tech}: kinds {used}, want one of each of {kinds}")
    # every minimal pair shares its carrier (its first 40 characters) with an injection
    for r in recs:
        if r["technique"] == "minimal_pair":
            head = r["text"][:40]
            if not any(q["label"] == "injection" and q["lang"] == r["lang"]
                       and q["text"].startswith(head) for q in recs):
                _fail(f"{r['lang']} minimal_pair without an injection on the same carrier")
    # benign texts must not carry the invisible characters the injections use
    for r in recs:
        if r["label"] == "benign" and any(z in r["text"] for z in _ZW):
            _fail(f"{r['lang']} {r['technique']}: zero-width character in a benign text")


KEYS = ("id", "text", "label", "technique", "lang", "field")


def check_final(out):
    if len(out) != 720:
        _fail(f"{len(out)} records, want 720")
    ids = [r["id"] for r in out]
    if len(set(ids)) != len(ids):
        _fail("duplicate ids")
    if ids != [f"{ID_PREFIX}{i:04d}" for i in range(1, 721)]:
        _fail("ids are not 0001-0720 in order")
    for r in out:
        if tuple(r.keys()) != KEYS:
            _fail(f"key order {tuple(r.keys())}")
    if sum(1 for r in out if r["label"] == "injection") != 360:
        _fail("want 360 injections")


def serialize(out) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out).encode("utf-8")
