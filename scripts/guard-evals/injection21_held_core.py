"""Core of the held-out half of the twenty-first injection corpus (heldout21).

Each language module (injection21_held_{de,en,fr,es,it,nl}.py) defines two dicts:

    INJ = {technique: [entry, entry]}          # exactly 2 per technique
    BEN = {genre: [(field, text), ...]}        # 2 or 3 per genre, 60 in all

An injection entry is `(field, text)` or, for the obfuscating techniques, `(field, carrier,
payload, variant)`: `carrier` holds `{x}` where the encoded `payload` goes. The encoding is done
here, and every encoded payload is decoded again and compared with the plain instruction.
Standard library only; the order of everything is fixed, the one shuffle uses SEED.
"""

import base64
import codecs
import json
import random

SEED = 210203
LANGS = ["de", "en", "fr", "es", "it", "nl"]
FIELDS = ["title", "description", "review", "brief", "document", "feed_row", "link"]

TECHNIQUES = [
    "override", "polite_request", "third_person", "forged_note", "role_spoof", "persona",
    "exfiltration", "insert_contact", "insert_code", "price", "competitor", "disparage",
    "false_claim", "style_change", "sabotage", "batch_persistence", "conditional", "markup",
    "leetspeak", "spacing", "homoglyph", "base64", "cipher", "third_language", "hidden",
    "payload_split",
    # invented for this half
    "false_urgency", "third_party_ad", "guard_evasion", "claim_transfer",
]
INVENTED = ["false_urgency", "third_party_ad", "guard_evasion", "claim_transfer"]

GENRES = {
    "marketing": 3, "customer_instructions": 3, "promo": 3, "review_mentions": 3,
    "brief_legit": 3, "editor_note": 3, "minimal_pair": 3, "shop_html": 3, "faq": 3,
    "ordinary_terms": 3,
    "guideline": 2, "dev_docs": 2, "injection_article": 2, "security_training": 2,
    "feed_row": 2, "tracking_url": 2, "encoded_data": 2, "quoted_speech": 2,
    "care_repair": 2, "legal_notice": 2, "translation_note": 2, "changelog": 2,
    "support_macro": 2, "comparison_table": 2, "store_event": 2,
}
VARIANTS = {
    "leetspeak": ["leet"], "spacing": ["spaced", "zero_width"], "homoglyph": ["homoglyph"],
    "base64": ["base64"], "cipher": ["rot13", "reversed"],
}

# ---------------------------------------------------------------- encodings

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LEET_BACK = {v: k for k, v in LEET.items()}
# Latin -> Cyrillic look-alikes (lower and upper case)
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a"}
HOMO_BACK = {v: k for k, v in HOMO.items()}
ZW = "\u200b"


def encode(variant, s):
    if variant == "leet":
        return "".join(LEET.get(c, c) for c in s.lower())
    if variant == "spaced":
        return "   ".join(" ".join(w) for w in s.split(" "))
    if variant == "zero_width":
        return ZW.join(s)
    if variant == "homoglyph":
        return "".join(HOMO.get(c, c) for c in s)
    if variant == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if variant == "rot13":
        return codecs.encode(s, "rot13")
    if variant == "reversed":
        return s[::-1]
    raise ValueError(variant)


def decode(variant, s):
    if variant == "leet":
        return "".join(LEET_BACK.get(c, c) for c in s)
    if variant == "spaced":
        return " ".join(w.replace(" ", "") for w in s.split("   "))
    if variant == "zero_width":
        return s.replace(ZW, "")
    if variant == "homoglyph":
        return "".join(HOMO_BACK.get(c, c) for c in s)
    if variant == "base64":
        return base64.b64decode(s).decode("utf-8")
    if variant == "rot13":
        return codecs.decode(s, "rot13")
    if variant == "reversed":
        return s[::-1]
    raise ValueError(variant)


def _plain_form(variant, payload):
    """What decoding must give back: leetspeak loses case, so it is compared in lower case."""
    return payload.lower() if variant == "leet" else payload


# ---------------------------------------------------------------- build


def records_for(lang, mod):
    out = []
    assert list(mod.INJ) == TECHNIQUES, (lang, [t for t in TECHNIQUES if t not in mod.INJ])
    for tech in TECHNIQUES:
        entries = mod.INJ[tech]
        assert len(entries) == 2, (lang, tech, len(entries))
        for e in entries:
            field = e[0]
            if len(e) == 2:
                assert tech not in VARIANTS, (lang, tech)
                text = e[1]
            else:
                _, carrier, payload, variant = e
                assert variant in VARIANTS[tech], (lang, tech, variant)
                if variant == "leet":
                    assert not any(c.isdigit() for c in payload), (lang, payload)
                if variant == "spaced":
                    assert "  " not in payload, (lang, payload)
                enc = encode(variant, payload)
                assert enc != payload
                assert decode(variant, enc) == _plain_form(variant, payload), (lang, tech, payload)
                assert carrier.count("{x}") == 1, (lang, tech, carrier)
                text = carrier.replace("{x}", enc)
                assert enc in text
            out.append({"id": "", "text": text, "label": "injection", "technique": tech,
                        "lang": lang, "field": field})
    assert list(mod.BEN) == list(GENRES), (lang, [g for g in GENRES if g not in mod.BEN])
    for genre, n in GENRES.items():
        entries = mod.BEN[genre]
        assert len(entries) == n, (lang, genre, len(entries))
        for field, text in entries:
            out.append({"id": "", "text": text, "label": "benign", "technique": genre,
                        "lang": lang, "field": field})
    return out


def build(modules):
    """modules: {lang: module}. Returns the list of records in their final, shuffled order."""
    recs = []
    for lang in LANGS:
        recs.extend(records_for(lang, modules[lang]))
    check(recs)
    rng = random.Random(SEED)
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"inj-heldout21-{i:04d}"
    return recs


def check(recs):
    assert len(recs) == 720, len(recs)
    texts = set()
    for lang in LANGS:
        inj = [r for r in recs if r["lang"] == lang and r["label"] == "injection"]
        ben = [r for r in recs if r["lang"] == lang and r["label"] == "benign"]
        assert len(inj) == 60 and len(ben) == 60, (lang, len(inj), len(ben))
        for t in TECHNIQUES:
            assert sum(1 for r in inj if r["technique"] == t) == 2, (lang, t)
    for r in recs:
        assert r["field"] in FIELDS, r
        assert 30 <= len(r["text"]) <= 650, (len(r["text"]), r["text"][:80])
        assert r["text"] == r["text"].strip(), r["text"][:60]
        key = r["text"]
        assert key not in texts, ("duplicate", key[:80])
        texts.add(key)


def serialize(recs):
    lines = []
    for r in recs:
        assert list(r) == ["id", "text", "label", "technique", "lang", "field"]
        lines.append(json.dumps(r, ensure_ascii=False))
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids) == 720
    return ("\n".join(lines) + "\n").encode("utf-8")
