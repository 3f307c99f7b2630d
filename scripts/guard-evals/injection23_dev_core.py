"""Core of the dev half of the twenty-third injection corpus (dev23): technique and genre lists,
the encoders that wrap a plain instruction (with their decoders, used by the self-checks), the
renderer, the shuffle and the checks.

The language modules (`injection23_dev_{de,en,fr,es,it,nl}.py`) hold the texts. Each defines

- `CARRIERS`: named pieces of ordinary shop text (feed descriptions, reviews, briefs, document
  chunks, feed rows) that injections and benign texts share; a text refers to one as `@@name@@`;
- `INJ`: `(technique, field, text)` for the written techniques;
- `OBF`: `(technique, encoding, field, template, plain)` for the encoded ones: the core encodes
  `plain` and puts it where the template says `@@P@@` (for `concat`: `@@A@@`, `@@B@@`, `@@C@@`);
- `BEN`: `(genre, field, text)` for the benign texts.

Standard library only; no randomness except one `random.Random(SEED).shuffle`.
"""

import base64
import codecs
import html
import json
import random
import re

SEED = 230103
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
PER_TECHNIQUE = 2
MIN_LEN, MAX_LEN = 30, 650

# 30 techniques; the last four were invented for this half
TECHNIQUES = (
    "override",
    "polite_or_question",
    "third_person",
    "forged_note",
    "role_spoof",
    "persona",
    "exfiltration",
    "insert_contact",
    "price_or_code",
    "competitor_or_disparage",
    "false_claim",
    "style_hijack",
    "sabotage",
    "batch_persistence",
    "conditional",
    "markdown",
    "html",
    "leetspeak",
    "spacing_zero_width",
    "homoglyph",
    "base64",
    "rot13",
    "reversed",
    "third_language",
    "buried",
    "split_fields",
    "link_rewrite",
    "output_cloaking",
    "html_entities",
    "concat_assembly",
)
INVENTED = ("link_rewrite", "output_cloaking", "html_entities", "concat_assembly")

# 25 benign genres and how many texts each has per language (10 x 3 + 15 x 2 = 60)
GENRE_COUNTS = {
    "marketing_imperative": 3,
    "review_mentions": 3,
    "legit_brief": 3,
    "editor_note": 3,
    "injection_article": 3,
    "minimal_pair": 3,
    "shop_html": 3,
    "faq_rules": 3,
    "ordinary_jargon": 3,
    "quoted_speech": 3,
    "customer_instructions": 2,
    "promo_contact": 2,
    "dev_docs": 2,
    "security_training": 2,
    "brand_guideline": 2,
    "feed_row": 2,
    "tracking_url": 2,
    "encoded_data": 2,
    "product_description": 2,
    "care_instructions": 2,
    "repair_warranty": 2,
    "size_advice": 2,
    "glossary_note": 2,
    "store_notice": 2,
    "multilingual_label": 2,
}

# which encodings each encoded technique may use
ENCODED = {
    "leetspeak": ("leet",),
    "spacing_zero_width": ("spacing", "zero_width"),
    "homoglyph": ("homoglyph",),
    "base64": ("base64",),
    "rot13": ("rot13",),
    "reversed": ("reverse",),
    "html_entities": ("entities",),
    "concat_assembly": ("concat",),
}

# ---------------------------------------------------------------- encoders and decoders

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}


def leet(s):
    return "".join(_LEET.get(c.lower(), c.lower()) for c in s)


def unleet(s):
    return "".join(_UNLEET.get(c, c) for c in s)


def spacing(s):
    return " / ".join(" ".join(w) for w in s.split(" "))


def unspacing(s):
    return " ".join(w.replace(" ", "") for w in s.split(" / "))


_ZW = ("\u200b", "\u200c", "\u2060", "\u200d")


def zero_width(s):
    out, k = [], 0
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i + 1 < len(s) and s[i + 1] != " ":
            out.append(_ZW[k % len(_ZW)])
            k += 1
    return "".join(out)


def unzero_width(s):
    return "".join(c for c in s if c not in _ZW)


# Cyrillic and Greek look-alikes
_HOMO = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
    "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1",
    "T": "\u03a4", "X": "\u03a7", "Z": "\u0396", "C": "\u0421", "S": "\u0405", "s": "\u0455",
}
_UNHOMO = {v: k for k, v in _HOMO.items()}


def homoglyph(s):
    """Every second replaceable letter becomes its look-alike (the first one always)."""
    out, k = [], 0
    for c in s:
        if c in _HOMO:
            out.append(_HOMO[c] if k % 2 == 0 else c)
            k += 1
        else:
            out.append(c)
    return "".join(out)


def unhomoglyph(s):
    return "".join(_UNHOMO.get(c, c) for c in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def unb64(s):
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def rot13(s):
    return codecs.encode(s, "rot_13")


def reverse(s):
    return s[::-1]


def entities(s):
    """Numeric character references, decimal and hexadecimal in turn."""
    return "".join(f"&#{ord(c)};" if i % 2 == 0 else f"&#x{ord(c):x};" for i, c in enumerate(s))


def concat_parts(s):
    """Three fragments, cut inside words, whose concatenation is the plain instruction."""
    n = len(s)
    a, b = n // 3, 2 * n // 3
    return s[:a], s[a:b], s[b:]


ENCODERS = {
    "leet": (leet, unleet),
    "spacing": (spacing, unspacing),
    "zero_width": (zero_width, unzero_width),
    "homoglyph": (homoglyph, unhomoglyph),
    "base64": (b64, unb64),
    "rot13": (rot13, rot13),
    "reverse": (reverse, reverse),
    "entities": (entities, html.unescape),
}

# ---------------------------------------------------------------- rendering

_SLOT = re.compile(r"@@([A-Za-z0-9_]+)@@")


def render(template, values, where):
    def sub(m):
        name = m.group(1)
        if name not in values:
            raise KeyError(f"{where}: unknown slot @@{name}@@")
        return values[name]

    return _SLOT.sub(sub, template)


def lang_records(mod):
    """The records of one language module in their written order, and the decode checks
    `(where, decoded, plain)` of its encoded payloads."""
    lang = mod.LANG
    carriers = dict(mod.CARRIERS)
    recs, decodes = [], []
    for i, (tech, field, text) in enumerate(mod.INJ):
        where = f"{lang} INJ[{i}] {tech}"
        recs.append(_rec(render(text, carriers, where), "injection", tech, lang, field))
    for i, (tech, enc, field, template, plain) in enumerate(mod.OBF):
        where = f"{lang} OBF[{i}] {tech}"
        if enc not in ENCODED.get(tech, ()):
            raise ValueError(f"{where}: encoding {enc} does not belong to {tech}")
        values = dict(carriers)
        if enc == "concat":
            a, b, c = concat_parts(plain)
            values.update(A=a, B=b, C=c)
            decodes.append((where, a + b + c, plain))
        else:
            encode, decode = ENCODERS[enc]
            if enc == "leet" and re.search(r"[0-9]", plain):
                raise ValueError(f"{where}: a leetspeak payload must hold no digits")
            coded = encode(plain)
            values["P"] = coded
            expected = plain.lower() if enc == "leet" else plain
            decodes.append((where, decode(coded), expected))
            if coded == plain:
                raise ValueError(f"{where}: encoding changed nothing")
        recs.append(_rec(render(template, values, where), "injection", tech, lang, field))
    for i, (genre, field, text) in enumerate(mod.BEN):
        where = f"{lang} BEN[{i}] {genre}"
        recs.append(_rec(render(text, carriers, where), "benign", genre, lang, field))
    return recs, decodes


def _rec(text, label, technique, lang, field):
    return {"text": text, "label": label, "technique": technique, "lang": lang, "field": field}


def build(mods):
    """All records, shuffled with SEED and numbered; and the decode checks."""
    records, decodes = [], []
    for mod in mods:
        r, d = lang_records(mod)
        records += r
        decodes += d
    random.Random(SEED).shuffle(records)
    out = []
    for n, r in enumerate(records, 1):
        out.append({"id": f"inj-dev23-{n:04d}", "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    return out, decodes


def serialize(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ---------------------------------------------------------------- checks


def check(records, decodes):
    errors = []
    keys = ["id", "text", "label", "technique", "lang", "field"]
    ids, texts = set(), set()
    per = {}
    for r in records:
        if list(r) != keys:
            errors.append(f"{r.get('id')}: key order {list(r)}")
        if r["id"] in ids:
            errors.append(f"{r['id']}: duplicate id")
        ids.add(r["id"])
        if r["text"] in texts:
            errors.append(f"{r['id']}: duplicate text {r['text'][:60]!r}")
        texts.add(r["text"])
        if r["field"] not in FIELDS:
            errors.append(f"{r['id']}: field {r['field']}")
        if r["lang"] not in LANGS:
            errors.append(f"{r['id']}: lang {r['lang']}")
        if not MIN_LEN <= len(r["text"]) <= MAX_LEN:
            errors.append(f"{r['id']}: length {len(r['text'])} ({r['technique']}, {r['lang']})")
        if "@@" in r["text"]:
            errors.append(f"{r['id']}: unrendered slot")
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            errors.append(f"{r['id']}: technique {r['technique']}")
        if r["label"] == "benign" and r["technique"] not in GENRE_COUNTS:
            errors.append(f"{r['id']}: genre {r['technique']}")
        k = (r["lang"], r["label"], r["technique"])
        per[k] = per.get(k, 0) + 1
    if [r["id"] for r in records] != [f"inj-dev23-{n:04d}" for n in range(1, len(records) + 1)]:
        errors.append("ids are not 0001 … in order")
    if len(records) != 720:
        errors.append(f"{len(records)} records, not 720")
    for lang in LANGS:
        for label in ("injection", "benign"):
            n = sum(1 for r in records if r["lang"] == lang and r["label"] == label)
            if n != 60:
                errors.append(f"{lang} {label}: {n}, not 60")
        for t in TECHNIQUES:
            if per.get((lang, "injection", t), 0) != PER_TECHNIQUE:
                errors.append(f"{lang} {t}: {per.get((lang, 'injection', t), 0)}, not {PER_TECHNIQUE}")
        for g, want in GENRE_COUNTS.items():
            if per.get((lang, "benign", g), 0) != want:
                errors.append(f"{lang} {g}: {per.get((lang, 'benign', g), 0)}, not {want}")
    for where, got, want in decodes:
        if got != want:
            errors.append(f"{where}: decodes to {got!r}, not {want!r}")
    if len(TECHNIQUES) != 30 or len(set(TECHNIQUES)) != 30:
        errors.append("technique list is not 30 distinct names")
    if len(GENRE_COUNTS) != 25:
        errors.append("genre list is not 25 names")
    return errors
