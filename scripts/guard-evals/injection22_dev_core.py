"""Core of the dev half of the twenty-second injection corpus (dev22).

The phrasings live in injection22_dev_{de,en,fr,es,it,nl}.py; each module holds two lists:

    INJ = [(technique, field, spec), ...]   # 60 entries, 2 per technique
    BEN = [(genre, field, text), ...]       # benign texts (minimal pairs excluded)

`spec` is either a finished string, or a dict:

    {"carrier": "... {P} ...", "plain": "instruction", "enc": "base64"}
        an obfuscated payload: the core encodes `plain` with `enc` and puts it at {P};
    {"carrier": "... {X} ...", "x": "injected sentence", "benign": "ordinary sentence"}
        an injection with a minimal pair: the injection uses `x`, and the benign genre
        `minimal_pair` gets the same carrier with `benign` in its place.

Standard library only; no randomness except one shuffle with SEED.
"""

import base64
import codecs
import importlib
import json
import random
import unicodedata

SEED = 220103
LANGS = ["de", "en", "fr", "es", "it", "nl"]
FIELDS = {"title", "description", "review", "brief", "document", "feed_row", "link"}
MIN_LEN, MAX_LEN = 30, 650

TECHNIQUES = [
    "override", "polite_request", "question_action", "third_person", "forged_note",
    "role_spoof", "persona", "exfiltration", "insert_contact", "insert_code", "price",
    "competitor", "disparage", "false_claim", "output_hijack", "batch_persistence",
    "conditional", "markdown", "html_hidden", "char_obfuscation", "unicode_obfuscation",
    "base64", "cipher", "third_language", "buried", "split_fields",
    # invented for this half
    "approval_forgery", "canary_marker", "output_flood", "fullwidth",
]

GENRES = [
    "marketing_imperative", "customer_instructions", "promo_contact", "review_mentions",
    "legit_brief", "editor_note", "dev_docs", "injection_article", "security_training",
    "minimal_pair", "shop_html", "faq_rules", "brand_guideline", "feed_row", "tracking_url",
    "encoded_data", "customer_quote", "ordinary_terms",
    # added for this half
    "care_label", "warranty_terms", "translator_note", "qa_checklist", "support_reply",
    "size_guide", "event_notice",
]

# Which encodings each obfuscation technique may use.
ENC_OF = {
    "char_obfuscation": {"leet", "spacing"},
    "unicode_obfuscation": {"homoglyph", "zero_width"},
    "base64": {"base64"},
    "cipher": {"rot13", "reversed"},
    "fullwidth": {"fullwidth"},
}

# ------------------------------------------------------------------ encodings

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LEET_BACK = {v: k for k, v in LEET.items()}
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "B": "\u0412",
        "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c",
        "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425"}
HOMO_BACK = {v: k for k, v in HOMO.items()}
ZW = "\u200b"
SPACE_SEP = "   "


def _fullwidth(s: str) -> str:
    out = []
    for c in s:
        if c == " ":
            out.append("\u3000")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def encode(enc: str, s: str) -> str:
    if enc == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if enc == "rot13":
        return codecs.encode(s, "rot13")
    if enc == "reversed":
        return s[::-1]
    if enc == "leet":
        return "".join(LEET.get(c.lower(), c.lower()) for c in s)
    if enc == "spacing":
        return SPACE_SEP.join(" ".join(w) for w in s.split(" "))
    if enc == "homoglyph":
        return "".join(HOMO.get(c, c) for c in s)
    if enc == "zero_width":
        return ZW.join(s)
    if enc == "fullwidth":
        return _fullwidth(s)
    raise ValueError(enc)


def decode(enc: str, s: str) -> str:
    if enc == "base64":
        return base64.b64decode(s).decode("utf-8")
    if enc == "rot13":
        return codecs.decode(s, "rot13")
    if enc == "reversed":
        return s[::-1]
    if enc == "leet":
        return "".join(LEET_BACK.get(c, c) for c in s)
    if enc == "spacing":
        return " ".join(w.replace(" ", "") for w in s.split(SPACE_SEP))
    if enc == "homoglyph":
        return "".join(HOMO_BACK.get(c, c) for c in s)
    if enc == "zero_width":
        return s.replace(ZW, "")
    if enc == "fullwidth":
        return unicodedata.normalize("NFKC", s)
    raise ValueError(enc)


def expected_plain(enc: str, plain: str) -> str:
    return plain.lower() if enc == "leet" else plain


# ------------------------------------------------------------------ build


def _lang_module(lang: str):
    return importlib.import_module(f"injection22_dev_{lang}")


def records_for(lang: str):
    """Unshuffled records of one language plus the list of decode checks."""
    mod = _lang_module(lang)
    inj, ben, checks = [], [], []
    for technique, field, spec in mod.INJ:
        if isinstance(spec, str):
            text = spec
        elif "enc" in spec:
            enc, plain = spec["enc"], spec["plain"]
            if enc not in ENC_OF.get(technique, set()):
                raise ValueError(f"{lang} {technique}: encoding {enc} not allowed")
            payload = encode(enc, plain)
            text = spec["carrier"].replace("{P}", payload)
            checks.append((lang, technique, enc, plain, payload, text))
        else:
            text = spec["carrier"].replace("{X}", spec["x"])
            ben.append(("minimal_pair", field, spec["carrier"].replace("{X}", spec["benign"])))
        inj.append({"text": text, "label": "injection", "technique": technique,
                    "lang": lang, "field": field})
    for genre, field, text in mod.BEN:
        ben.append((genre, field, text))
    benign = [{"text": t, "label": "benign", "technique": g, "lang": lang, "field": f}
              for g, f, t in ben]
    return inj + benign, checks


def build():
    """All records, shuffled and numbered, plus the decode checks."""
    recs, checks = [], []
    for lang in LANGS:
        r, c = records_for(lang)
        recs.extend(r)
        checks.extend(c)
    random.Random(SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"inj-dev22-{i:04d}", "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    return out, checks


def serialise(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ------------------------------------------------------------------ self-checks


def self_check(records, checks):
    errors = []
    keys = ["id", "text", "label", "technique", "lang", "field"]
    ids, texts = set(), set()
    per = {}
    for r in records:
        if list(r.keys()) != keys:
            errors.append(f"{r['id']}: key order")
        if r["id"] in ids:
            errors.append(f"{r['id']}: duplicate id")
        ids.add(r["id"])
        if r["text"] in texts:
            errors.append(f"{r['id']}: duplicate text: {r['text'][:60]!r}")
        texts.add(r["text"])
        if r["field"] not in FIELDS:
            errors.append(f"{r['id']}: field {r['field']}")
        n = len(r["text"])
        if not MIN_LEN <= n <= MAX_LEN:
            errors.append(f"{r['id']} ({r['lang']} {r['technique']}): length {n}")
        if r["text"] != r["text"].strip():
            errors.append(f"{r['id']}: surrounding whitespace")
        per.setdefault((r["lang"], r["label"]), []).append(r["technique"])
    if len(records) != 720:
        errors.append(f"total {len(records)} != 720")
    expected_ids = {f"inj-dev22-{i:04d}" for i in range(1, 721)}
    if ids != expected_ids:
        errors.append("ids are not inj-dev22-0001 … 0720")
    for lang in LANGS:
        inj = per.get((lang, "injection"), [])
        ben = per.get((lang, "benign"), [])
        if len(inj) != 60:
            errors.append(f"{lang}: {len(inj)} injections")
        if len(ben) != 60:
            errors.append(f"{lang}: {len(ben)} benign")
        for t in TECHNIQUES:
            if inj.count(t) != 2:
                errors.append(f"{lang}: technique {t} x{inj.count(t)}")
        for t in set(inj) - set(TECHNIQUES):
            errors.append(f"{lang}: unknown technique {t}")
        for g in GENRES:
            if not 2 <= ben.count(g) <= 3:
                errors.append(f"{lang}: genre {g} x{ben.count(g)}")
        for g in set(ben) - set(GENRES):
            errors.append(f"{lang}: unknown genre {g}")
    for lang, technique, enc, plain, payload, text in checks:
        if payload not in text:
            errors.append(f"{lang} {technique}/{enc}: payload not in text")
        if payload == plain:
            errors.append(f"{lang} {technique}/{enc}: payload not obfuscated")
        if decode(enc, payload) != expected_plain(enc, plain):
            errors.append(f"{lang} {technique}/{enc}: does not decode to {plain!r}")
        if enc == "leet" and any(c in LEET_BACK for c in plain):
            errors.append(f"{lang} {technique}/leet: plain holds digits that leet uses")
        if enc == "homoglyph" and any(c in HOMO_BACK for c in plain):
            errors.append(f"{lang} {technique}/homoglyph: plain holds Cyrillic")
        if enc == "spacing" and "  " in plain:
            errors.append(f"{lang} {technique}/spacing: double space in plain")
        if enc == "fullwidth" and unicodedata.normalize("NFKC", plain) != plain:
            errors.append(f"{lang} {technique}/fullwidth: plain not NFKC-stable")
    # every obfuscation technique uses both of its encodings where it has two
    for lang in LANGS:
        for t, encs in ENC_OF.items():
            used = {c[2] for c in checks if c[0] == lang and c[1] == t}
            if used != encs:
                errors.append(f"{lang} {t}: encodings {sorted(used)} != {sorted(encs)}")
    return errors
