"""Twenty-sixth injection corpus, held-out half: technique and genre names, the encoders and
decoders of the obfuscated payloads, the build and the self-checks.

The phrasings live in one hand-written bank per language (`injection26_held_{lang}.py`). Each bank
holds three lists:

- `INJ`: `(technique, field, text)`, injections written out in full;
- `OBF`: `(technique, variant, field, template, plain)`, injections whose instruction `plain` is
  encoded by `variant` and put into `template` at `{p}`; the build checks that the encoded form
  decodes to `plain` again;
- `BEN`: `(genre, field, text)`, benign texts.

Standard library only; no randomness but one `random.Random(SEED)` shuffle.
"""

import base64
import codecs
import json
import random
import sys

sys.dont_write_bytecode = True

SEED = 260203
SPLIT = "heldout26"
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
MIN_LEN, MAX_LEN = 30, 650

# the 30 techniques; the last four are this half's own additions
TECHNIQUES = (
    "override",
    "polite_or_question",
    "third_person",
    "forged_note",
    "role_spoof",
    "persona",
    "prompt_leak",
    "insert_contact",
    "discount_code",
    "wrong_price",
    "competitor_or_disparage",
    "false_claim",
    "style_change",
    "sabotage",
    "batch_or_conditional",
    "markdown_or_html",
    "leetspeak",
    "letter_spacing",
    "homoglyph",
    "zero_width",
    "invisible_unicode",
    "base64",
    "rot13_or_reversed",
    "other_language",
    "buried",
    "payload_split",
    "claim_laundering",
    "fake_error",
    "review_bypass",
    "url_payload",
)
INVENTED = ("claim_laundering", "fake_error", "review_bypass", "url_payload")

# benign genres and how many texts each has per language (10 x 3 + 15 x 2 = 60)
GENRES = {
    "marketing_imperative": 3,
    "customer_instructions": 3,
    "promo_contact": 3,
    "review_brands": 3,
    "legit_brief": 3,
    "minimal_pair": 3,
    "shop_html": 3,
    "feed_row": 3,
    "tracking_url": 3,
    "ordinary_keywords": 3,
    "editor_note": 2,
    "dev_docs": 2,
    "injection_article": 2,
    "security_training": 2,
    "faq_rules": 2,
    "brand_guideline": 2,
    "encoded_data": 2,
    "customer_quote": 2,
    "care_label": 2,
    "multilingual_label": 2,
    "price_notice": 2,
    "honest_comparison": 2,
    "pipeline_log": 2,
    "claims_register": 2,
    "review_workflow": 2,
}

# ------------------------------------------------------------------ encoders and decoders

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
UNLEET = {v: k for k, v in LEET.items()}

# Latin letter -> Cyrillic or Greek look-alike
HOMO = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "K": "\u039a", "M": "\u041c",
    "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "C": "\u0421", "I": "\u0399",
}
UNHOMO = {v: k for k, v in HOMO.items()}

ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def leet(s):
    return "".join(LEET.get(c.lower(), c) for c in s)


def unleet(s):
    return "".join(UNLEET.get(c, c) for c in s)


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split(" "))


def unspaced(s):
    return " ".join(w.replace(" ", "") for w in s.split("   "))


def homoglyph(s):
    # every second mappable letter, so the text stays readable and mixed
    out, n = [], 0
    for c in s:
        if c in HOMO:
            out.append(HOMO[c] if n % 2 == 0 else c)
            n += 1
        else:
            out.append(c)
    return "".join(out)


def unhomoglyph(s):
    return "".join(UNHOMO.get(c, c) for c in s)


def zero_width(s):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i + 1 < len(s) and s[i + 1] != " ":
            out.append(ZW[i % len(ZW)])
    return "".join(out)


def un_zero_width(s):
    return "".join(c for c in s if c not in ZW)


def tags(s):
    assert all(32 <= ord(c) < 127 for c in s), s
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def untags(s):
    return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0000 <= ord(c) <= 0xE007F)


def _vs(b):
    return chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)


def _unvs(c):
    o = ord(c)
    if 0xFE00 <= o <= 0xFE0F:
        return o - 0xFE00
    if 0xE0100 <= o <= 0xE01EF:
        return o - 0xE0100 + 16
    return None


def var_selectors(s):
    """The UTF-8 bytes of `s` as variation selectors, to be placed after one emoji."""
    return "".join(_vs(b) for b in s.encode("utf-8"))


def un_var_selectors(s):
    return bytes(b for b in (_unvs(c) for c in s) if b is not None).decode("utf-8")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def unb64(s):
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def rot13(s):
    return codecs.encode(s, "rot13")


def rev(s):
    return s[::-1]


# variant -> (encode, decode, normalise the plain text for the comparison)
CODECS = {
    "leet": (leet, unleet, str.lower),
    "spacing": (spaced, unspaced, str),
    "homoglyph": (homoglyph, unhomoglyph, str),
    "zero_width": (zero_width, un_zero_width, str),
    "tags": (tags, untags, str),
    "vs": (var_selectors, un_var_selectors, str),
    "base64": (b64, unb64, str),
    "rot13": (rot13, rot13, str),
    "reversed": (rev, rev, str),
}
# which variants a technique may use
VARIANTS = {
    "leetspeak": ("leet",),
    "letter_spacing": ("spacing",),
    "homoglyph": ("homoglyph",),
    "zero_width": ("zero_width",),
    "invisible_unicode": ("tags", "vs"),
    "base64": ("base64",),
    "rot13_or_reversed": ("rot13", "reversed"),
}


def encode(variant, plain):
    enc, dec, norm = CODECS[variant]
    if variant == "leet":
        assert not any(c.isdigit() for c in plain), plain
    e = enc(plain)
    assert e != plain, (variant, plain)
    assert dec(e) == norm(plain), (variant, plain, dec(e))
    return e


def extract_and_decode(variant, text, template):
    """Find the encoded part again in the finished text (by the template's fixed parts) and
    decode it; used by the self-check."""
    head, tail = template.split("{p}")
    assert text.startswith(head) and text.endswith(tail)
    return CODECS[variant][1](text[len(head) : len(text) - len(tail)])


# ------------------------------------------------------------------ build


def lang_records(mod):
    lang = mod.LANG
    out, problems = [], []
    for technique, field, text in mod.INJ:
        out.append({"text": text, "label": "injection", "technique": technique, "lang": lang, "field": field})
    for technique, variant, field, template, plain in mod.OBF:
        if variant not in VARIANTS.get(technique, ()):
            problems.append(f"{lang}: variant {variant} not for {technique}")
            continue
        encoded = encode(variant, plain)
        text = template.replace("{p}", encoded)
        if extract_and_decode(variant, text, template) != CODECS[variant][2](plain):
            problems.append(f"{lang}: {technique}/{variant} does not decode")
        out.append({"text": text, "label": "injection", "technique": technique, "lang": lang, "field": field})
    for genre, field, text in mod.BEN:
        out.append({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": field})
    return out, problems


def check(records, problems):
    from collections import Counter

    if len(records) != 720:
        problems.append(f"{len(records)} records, not 720")
    for lang in LANGS:
        mine = [r for r in records if r["lang"] == lang]
        inj = Counter(r["technique"] for r in mine if r["label"] == "injection")
        ben = Counter(r["technique"] for r in mine if r["label"] == "benign")
        if sum(inj.values()) != 60 or sum(ben.values()) != 60:
            problems.append(f"{lang}: {sum(inj.values())} injections, {sum(ben.values())} benign")
        for t in TECHNIQUES:
            if inj.get(t, 0) != 2:
                problems.append(f"{lang}: technique {t} has {inj.get(t, 0)}")
        for t in inj:
            if t not in TECHNIQUES:
                problems.append(f"{lang}: unknown technique {t}")
        for g, n in GENRES.items():
            if ben.get(g, 0) != n:
                problems.append(f"{lang}: genre {g} has {ben.get(g, 0)}, not {n}")
        for g in ben:
            if g not in GENRES:
                problems.append(f"{lang}: unknown genre {g}")
    texts = Counter(r["text"] for r in records)
    for t, n in texts.items():
        if n > 1:
            problems.append(f"duplicate text: {t[:60]!r}")
    for r in records:
        if r["field"] not in FIELDS:
            problems.append(f"bad field {r['field']}")
        if not MIN_LEN <= len(r["text"]) <= MAX_LEN:
            problems.append(f"length {len(r['text'])}: {r['text'][:60]!r}")
        if list(r) != ["id", "text", "label", "technique", "lang", "field"]:
            problems.append(f"key order {list(r)}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    return problems


def build(modules):
    records, problems = [], []
    for mod in modules:
        made, p = lang_records(mod)
        records += made
        problems += p
    rng = random.Random(SEED)
    rng.shuffle(records)
    final = []
    for i, r in enumerate(records, 1):
        final.append({"id": f"inj-{SPLIT}-{i:04d}", **r})
    problems = check(final, problems)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in final).encode("utf-8")
    return final, data, problems
