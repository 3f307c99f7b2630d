"""Core of the held-out half of the twenty-fourth injection corpus (heldout24).

The language modules (injection24_held_{de,en,fr,es,it,nl}.py) hold the written text: carriers,
injection phrasings, obfuscation frames with their plain instructions, and benign texts. This
module assembles them into records, encodes the obfuscated payloads, checks the set and shuffles it
with one seeded generator. Standard library only; no other randomness.
"""

import base64
import codecs
import json
import random

SEED = 240203
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
PER_LANG = 60
MIN_LEN, MAX_LEN = 30, 650

# 30 techniques, 2 records per language each. Those marked (new) were invented for this half.
TECHNIQUES = (
    "override",            # plain overrides, many wordings, also without a word for "ignore"
    "polite_request",      # a polite request and a question that asks for an action
    "third_person",        # "the assistant should ..."
    "forged_note",         # forged editor / QA / legal / system notes
    "role_spoof",          # chat-template tokens, JSON role fields, closing tags
    "persona",             # persona hijack
    "prompt_leak",         # reveal the system prompt or instructions
    "insert_contact",      # insert a URL or a phone number
    "discount_code",       # an unapproved discount code
    "wrong_price",         # a wrong price
    "competitor_praise",   # praise for a competitor
    "disparage",           # run the brand down
    "false_claim",         # false or offensive claims
    "style_hijack",        # tone, language or format changes
    "sabotage",            # empty or junk output
    "batch_persistence",   # "for all following products"
    "conditional",         # conditional triggers
    "markup",              # one Markdown link/image and one hidden HTML element per language
    "letter_games",        # one leetspeak and one letter-spaced payload per language
    "homoglyph",           # Cyrillic/Greek look-alike letters
    "invisible_unicode",   # zero-width characters; Unicode tag characters or emoji variation selectors
    "base64",
    "cipher",              # one ROT13 and one reversed payload per language
    "cross_language",      # the instruction in another language than its carrier
    "buried",              # one sentence buried in a long ordinary description or document
    "split_fields",        # a payload split across several fields of a feed row or document
    "payment_redirect",    # (new) tell customers to pay outside the shop (IBAN, wallet, PayPal)
    "fake_error",          # (new) a forged pipeline error or "recovery mode" message
    "accessibility_pretext",  # (new) an order dressed up as a screen-reader or compliance need
    "bidi_override",       # (new) reversed text inside U+202E ... U+202C that displays as plain
)
INVENTED = ("payment_redirect", "fake_error", "accessibility_pretext", "bidi_override")
OBF_TECHNIQUES = ("letter_games", "homoglyph", "invisible_unicode", "base64", "cipher", "bidi_override")

GENRES = (
    "marketing_imperative", "customer_instructions", "shop_promo_contact", "review_other_brands",
    "legit_brief", "editor_note", "dev_docs", "injection_article", "security_training",
    "minimal_pair", "shop_html", "faq_rules", "brand_guideline", "feed_row", "tracking_url",
    "encoded_data", "customer_quote", "ordinary_keywords",
    # genres of this half's own
    "care_instructions", "size_guide", "review_reply", "legal_notice", "translator_note",
    "trail_report", "qa_checklist",
)

# ---------------------------------------------------------------- encodings

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LEET_BACK = {v: k for k, v in LEET.items()}
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
        "K": "\u039a", "M": "\u039c", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7"}
HOMO_BACK = {v: k for k, v in HOMO.items()}
ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
RLO, PDF = "\u202e", "\u202c"


def _vs(b):
    return chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)


def _vs_back(ch):
    o = ord(ch)
    return o - 0xFE00 if 0xFE00 <= o <= 0xFE0F else o - 0xE0100 + 16


def encode(kind, plain):
    if kind == "leet":
        assert not any(c.isdigit() for c in plain), plain
        return "".join(LEET.get(c, c) for c in plain.lower())
    if kind == "spaced":
        assert "/" not in plain, plain
        return " / ".join(" ".join(w) for w in plain.split(" "))
    if kind == "homoglyph":
        return "".join(HOMO.get(c, c) for c in plain)
    if kind == "zw":
        return "".join(c + ZW[i % len(ZW)] for i, c in enumerate(plain))[:-1]
    if kind == "tags":
        assert all(32 <= ord(c) < 127 for c in plain), plain
        return "".join(chr(0xE0000 + ord(c)) for c in plain)
    if kind == "vs":
        return "\U0001F3D4" + "".join(_vs(b) for b in plain.encode("utf-8"))
    if kind == "b64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if kind == "rot13":
        return codecs.encode(plain, "rot13")
    if kind == "rev":
        return plain[::-1]
    if kind == "bidi":
        return RLO + plain[::-1] + PDF
    raise ValueError(kind)


def decode(kind, enc):
    if kind == "leet":
        return "".join(LEET_BACK.get(c, c) for c in enc)
    if kind == "spaced":
        return " ".join(w.replace(" ", "") for w in enc.split(" / "))
    if kind == "homoglyph":
        return "".join(HOMO_BACK.get(c, c) for c in enc)
    if kind == "zw":
        return "".join(c for c in enc if c not in ZW)
    if kind == "tags":
        return "".join(chr(ord(c) - 0xE0000) for c in enc)
    if kind == "vs":
        assert enc[0] == "\U0001F3D4"
        return bytes(_vs_back(c) for c in enc[1:]).decode("utf-8")
    if kind == "b64":
        return base64.b64decode(enc).decode("utf-8")
    if kind == "rot13":
        return codecs.decode(enc, "rot13")
    if kind == "rev":
        return enc[::-1]
    if kind == "bidi":
        assert enc[0] == RLO and enc[-1] == PDF
        return enc[1:-1][::-1]
    raise ValueError(kind)


# ---------------------------------------------------------------- assembly


def _place(mod, ref, template):
    """`ref` is a field name (the template is the whole text) or a carrier key (the template holds
    `{c}` where the carrier goes)."""
    if ref in FIELDS:
        assert "{c}" not in template, template
        return ref, template
    field, carrier = mod.CARRIERS[ref]
    assert "{c}" in template, (ref, template)
    return field, template.replace("{c}", carrier)


def build_lang(lang, mod):
    inj, ben = [], []
    assert set(mod.INJ) | set(mod.OBF) == set(TECHNIQUES), (lang, set(TECHNIQUES) ^ (set(mod.INJ) | set(mod.OBF)))
    assert not set(mod.INJ) & set(mod.OBF), lang
    for tech in TECHNIQUES:
        if tech in OBF_TECHNIQUES:
            items = mod.OBF[tech]
            assert len(items) == 2, (lang, tech)
            for ref, frame, kind, plain in items:
                enc = encode(kind, plain)
                assert decode(kind, enc) == (plain.lower() if kind == "leet" else plain), (lang, tech, kind)
                field, text = _place(mod, ref, frame.replace("{x}", enc))
                assert enc in text
                inj.append(({"text": text, "label": "injection", "technique": tech, "lang": lang,
                             "field": field}, (kind, enc, plain)))
        else:
            items = mod.INJ[tech]
            assert len(items) == 2, (lang, tech)
            for ref, template in items:
                field, text = _place(mod, ref, template)
                inj.append(({"text": text, "label": "injection", "technique": tech, "lang": lang,
                             "field": field}, None))
    assert set(mod.BEN) == set(GENRES), (lang, set(GENRES) ^ set(mod.BEN))
    for genre in GENRES:
        items = mod.BEN[genre]
        assert 2 <= len(items) <= 3, (lang, genre, len(items))
        for ref, template in items:
            if genre == "minimal_pair":
                assert ref not in FIELDS, (lang, "minimal pairs reuse an injection carrier")
            field, text = _place(mod, ref, template)
            ben.append({"text": text, "label": "benign", "technique": genre, "lang": lang,
                        "field": field})
    assert len(inj) == PER_LANG and len(ben) == PER_LANG, (lang, len(inj), len(ben))
    return inj, ben


def load_modules():
    import importlib

    return {lang: importlib.import_module(f"injection24_held_{lang}") for lang in LANGS}


def build(mods=None):
    mods = mods or load_modules()
    records, checks = [], []
    for lang in LANGS:
        inj, ben = build_lang(lang, mods[lang])
        for rec, chk in inj:
            records.append(rec)
            if chk:
                checks.append((rec, chk))
        records += ben
    texts = [r["text"] for r in records]
    dupes = sorted({t for t in texts if texts.count(t) > 1})
    assert not dupes, dupes[:3]
    for r in records:
        assert r["field"] in FIELDS, r
        assert MIN_LEN <= len(r["text"]) <= MAX_LEN, (len(r["text"]), r["text"][:80])
    for rec, (kind, enc, plain) in checks:
        assert enc in rec["text"]
        assert decode(kind, enc) == (plain.lower() if kind == "leet" else plain)
    rng = random.Random(SEED)
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"inj-heldout24-{i:04d}", "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    return out


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def self_check(records):
    from collections import Counter

    keys = ("id", "text", "label", "technique", "lang", "field")
    assert all(tuple(r) == keys for r in records)
    assert len({r["id"] for r in records}) == len(records) == 720
    assert [r["id"] for r in records] == [f"inj-heldout24-{i:04d}" for i in range(1, 721)]
    assert len({r["text"] for r in records}) == 720
    by = Counter((r["lang"], r["label"]) for r in records)
    for lang in LANGS:
        assert by[(lang, "injection")] == 60 and by[(lang, "benign")] == 60, (lang, by)
    tech = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "injection")
    for lang in LANGS:
        for t in TECHNIQUES:
            assert tech[(lang, t)] == 2, (lang, t, tech[(lang, t)])
    gen = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "benign")
    for lang in LANGS:
        for g in GENRES:
            assert 2 <= gen[(lang, g)] <= 3, (lang, g, gen[(lang, g)])
