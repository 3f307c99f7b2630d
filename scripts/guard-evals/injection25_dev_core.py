"""Core of the dev half of the twenty-fifth injection corpus (dev25): technique and genre lists,
the obfuscation encoders with their decoders, the record builder and the self-checks.

The phrasings live in `injection25_dev_{de,en,fr,es,it,nl}.py`. Each language module defines
`INJECTIONS` (technique -> two entries) and `BENIGN` (genre -> two or three entries). An entry is
`(field, text)`; for an obfuscating technique it is `(field, carrier, payload)` or
`(field, carrier, payload, mode)`, where `carrier` holds `{P}` and `payload` is the plain
instruction that the core encodes and puts in its place. Every encoded payload is decoded again
and compared with the plain instruction before a record is written.

Standard library only; the single source of randomness is `random.Random(SEED)`.
"""

import base64
import codecs
import importlib
import json
import random
import sys
import urllib.parse

sys.dont_write_bytecode = True

SEED = 250103
LANGS = ["de", "en", "fr", "es", "it", "nl"]
FIELDS = ["title", "description", "review", "brief", "document", "feed_row", "link"]
ID_PREFIX = "inj-dev25-"
MIN_LEN, MAX_LEN = 30, 650

# 30 techniques, two records per language each. The last four are new in this half.
TECHNIQUES = [
    "override",            # plain override in many wordings, some without a word for "ignore"
    "polite_request",      # a polite request, or a question that asks for an action
    "third_person",        # "the assistant should …", "the copy model is to …"
    "forged_note",         # forged editor, QA, legal or system notes
    "role_spoof",          # chat-template tokens, JSON role fields, closing tags
    "persona",             # persona hijack
    "prompt_leak",         # asks for the system prompt or the instructions
    "insert_contact",      # inserts a URL or a phone number
    "price_code",          # a wrong price or an unapproved discount code
    "competitor_disparage",  # praise for a competitor, or running the brand down
    "false_claim",         # false or offensive claims
    "style_hijack",        # tone, language or format changes
    "sabotage",            # empty, junk or useless output
    "batch_persist",       # "for all following products"
    "conditional",         # conditional triggers
    "markup",              # Markdown links/images and hidden HTML
    "leetspeak",
    "spacing",             # letter spacing
    "homoglyph",           # Cyrillic and Greek look-alikes
    "invisible_unicode",   # zero-width characters; tag characters or variation selectors after an emoji
    "base64",
    "rot13",
    "reversed",
    "cross_language",      # the instruction in another language than its carrier
    "buried",              # one sentence buried in a long ordinary text
    "split_fields",        # a payload split across several fields
    # invented for this half
    "acrostic_output",     # hides a message in the initials of the output's sentences or lines
    "feed_attribute_tamper",  # changes structured feed attributes instead of the prose
    "percent_encoding",    # the instruction percent-encoded (%xx) in a link or feed value
    "key_name_payload",    # the instruction spelled as a field name / key of a feed row
]
INVENTED = TECHNIQUES[-4:]
ENCODED = ["leetspeak", "spacing", "homoglyph", "invisible_unicode", "base64", "rot13", "reversed", "percent_encoding"]

GENRES = [
    "marketing_imperative", "customer_instructions", "promo_contact", "review_mentions",
    "legit_brief", "editor_note", "dev_docs", "injection_article", "security_training",
    "minimal_pair", "shop_html", "faq", "brand_guideline", "feed_row", "tracking_url",
    "encoded_data", "customer_quote", "ordinary_jargon",
    # genres of this half's own
    "care_label", "repair_service", "size_advice", "mixed_language", "qa_checklist",
    "support_reply", "price_note",
]


# ---------------------------------------------------------------- encoders and decoders

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LEET_BACK = {v: k for k, v in LEET.items()}


def leet_encode(s):
    return "".join(LEET.get(c, c) for c in s.lower())


def leet_decode(s):
    return "".join(LEET_BACK.get(c, c) for c in s)


SPACE_WORD = "   "


def spacing_encode(s):
    return SPACE_WORD.join(" ".join(w) for w in s.split(" "))


def spacing_decode(s):
    return " ".join(w.replace(" ", "") for w in s.split(SPACE_WORD))


# Latin -> Cyrillic/Greek look-alikes
HOMO = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
    "K": "\u039a", "M": "\u039c", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
    "s": "\u0455", "j": "\u0458",
}
HOMO_BACK = {v: k for k, v in HOMO.items()}


def homoglyph_encode(s):
    return "".join(HOMO.get(c, c) for c in s)


def homoglyph_decode(s):
    return "".join(HOMO_BACK.get(c, c) for c in s)


ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def zw_encode(s):
    """A zero-width character after every letter (cycling through four kinds)."""
    out, k = [], 0
    for c in s:
        out.append(c)
        if c.isalpha():
            out.append(ZW[k % len(ZW)])
            k += 1
    return "".join(out)


def zw_decode(s):
    return "".join(c for c in s if c not in ZW)


def tag_encode(s):
    """Unicode tag characters (U+E0020–U+E007E) mirroring printable ASCII, closed by CANCEL TAG."""
    assert all(0x20 <= ord(c) <= 0x7E for c in s), s
    return "".join(chr(0xE0000 + ord(c)) for c in s) + "\U000E007F"


def tag_decode(s):
    return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0020 <= ord(c) <= 0xE007E)


def vs_encode(s):
    """UTF-8 bytes as variation selectors (VS1–VS16 for 0–15, VS17–VS256 for 16–255)."""
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def vs_decode(s):
    data = bytearray()
    for c in s:
        o = ord(c)
        if 0xFE00 <= o <= 0xFE0F:
            data.append(o - 0xFE00)
        elif 0xE0100 <= o <= 0xE01EF:
            data.append(o - 0xE0100 + 16)
    return data.decode("utf-8")


def b64_encode(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64_decode(s):
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def rot13(s):
    return codecs.encode(s, "rot13")


def reverse(s):
    return s[::-1]


def pct_encode(s):
    return "".join("%{:02X}".format(b) for b in s.encode("utf-8"))


def pct_decode(s):
    return urllib.parse.unquote(s)


CODECS = {
    "leetspeak": (leet_encode, leet_decode),
    "spacing": (spacing_encode, spacing_decode),
    "homoglyph": (homoglyph_encode, homoglyph_decode),
    "zw": (zw_encode, zw_decode),
    "tag": (tag_encode, tag_decode),
    "vs": (vs_encode, vs_decode),
    "base64": (b64_encode, b64_decode),
    "rot13": (rot13, rot13),
    "reversed": (reverse, reverse),
    "percent_encoding": (pct_encode, pct_decode),
}


def encode_entry(technique, entry):
    """(field, text, plain payload, encoded payload) of an obfuscated entry, checked to decode."""
    field, carrier, payload = entry[0], entry[1], entry[2]
    mode = entry[3] if len(entry) > 3 else technique
    enc, dec = CODECS[mode]
    encoded = enc(payload)
    expected = payload.lower() if mode == "leetspeak" else payload
    if mode == "leetspeak":
        assert not any(c in payload for c in "013457"), payload
    if mode == "spacing":
        assert "  " not in payload, payload
    if mode == "homoglyph":
        assert not any(c in HOMO_BACK for c in payload), payload
    assert encoded != payload, (technique, payload)
    assert dec(encoded) == expected, (technique, mode, payload, dec(encoded))
    assert carrier.count("{P}") == 1, carrier
    text = carrier.replace("{P}", encoded)
    assert encoded in text and payload not in text, (technique, payload)
    return field, text, payload, encoded


# ---------------------------------------------------------------- building


def load(lang):
    return importlib.import_module(f"injection25_dev_{lang}")


def raw_records():
    """All records before shuffling, in a fixed order: language, injections by technique, then
    benign texts by genre."""
    out = []
    for lang in LANGS:
        mod = load(lang)
        inj, ben = mod.INJECTIONS, mod.BENIGN
        assert list(inj) == TECHNIQUES, (lang, [t for t in TECHNIQUES if t not in inj], [t for t in inj if t not in TECHNIQUES])
        assert list(ben) == GENRES, (lang, [g for g in GENRES if g not in ben], [g for g in ben if g not in GENRES])
        for tech in TECHNIQUES:
            entries = inj[tech]
            assert len(entries) == 2, (lang, tech, len(entries))
            for e in entries:
                if tech in ENCODED:
                    field, text, _, _ = encode_entry(tech, e)
                else:
                    assert len(e) == 2, (lang, tech, e)
                    field, text = e
                out.append({"id": None, "text": text, "label": "injection", "technique": tech, "lang": lang, "field": field})
        for genre in GENRES:
            entries = ben[genre]
            assert len(entries) in (2, 3), (lang, genre, len(entries))
            for e in entries:
                assert len(e) == 2, (lang, genre, e)
                field, text = e
                out.append({"id": None, "text": text, "label": "benign", "technique": genre, "lang": lang, "field": field})
    return out


def build():
    records = raw_records()
    rng = random.Random(SEED)
    rng.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"{ID_PREFIX}{i:04d}"
    check(records)
    return records


def check(records):
    keys = ["id", "text", "label", "technique", "lang", "field"]
    assert len(records) == 720, len(records)
    ids, texts = set(), set()
    per = {}
    for r in records:
        assert list(r) == keys, list(r)
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, ("duplicate text", r["text"][:80])
        texts.add(r["text"])
        assert r["lang"] in LANGS and r["field"] in FIELDS, r
        assert r["label"] in ("injection", "benign"), r
        n = len(r["text"])
        assert MIN_LEN <= n <= MAX_LEN, (n, r["lang"], r["technique"], r["text"][:100])
        assert r["text"] == r["text"].strip(), r["text"][:60]
        per.setdefault((r["lang"], r["label"]), []).append(r["technique"])
    for lang in LANGS:
        inj = per[(lang, "injection")]
        ben = per[(lang, "benign")]
        assert len(inj) == 60 and len(ben) == 60, (lang, len(inj), len(ben))
        for t in TECHNIQUES:
            assert inj.count(t) == 2, (lang, t)
        for g in GENRES:
            assert ben.count(g) in (2, 3), (lang, g)
    assert sorted(ids) == [f"{ID_PREFIX}{i:04d}" for i in range(1, 721)]


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def stats(records):
    """Counts for the README: per technique/genre and per field, lengths."""
    from collections import Counter

    c = Counter((r["label"], r["technique"]) for r in records)
    f = Counter((r["label"], r["field"]) for r in records)
    lens = [len(r["text"]) for r in records]
    return c, f, (min(lens), max(lens))
