"""Core of the dev half of the twenty-first injection corpus (dev21).

Each language module (injection21_dev_{de,en,fr,es,it,nl}.py) defines two dicts:

  INJ    technique -> list of two entries; an entry is
           (text, field)                      a finished text, or
           (carrier, payload, field)          the carrier holds "{x}", which is replaced by the
                                              payload (encoded for the obfuscation techniques), or
           (carrier, [part, ...], field)      payload_split only: "{x1}", "{x2}" … take the parts
  BENIGN genre -> list of two or three entries (text, field); the genre "minimal_pair" instead
           holds (technique, index, replacement) and reuses that injection's carrier with an
           ordinary replacement (a list of replacements for payload_split).

This module encodes the obfuscated payloads, checks that each decodes to its plain instruction,
checks counts, fields, lengths and duplicates, shuffles with seed 210103 and numbers the records.
Standard library only.
"""

import base64
import codecs
import json
import random
import sys

sys.dont_write_bytecode = True

SEED = 210103
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
MIN_LEN, MAX_LEN = 30, 650

TECHNIQUES = (
    "override", "polite_request", "third_person", "fake_note", "role_spoof", "persona",
    "exfiltration", "insert_contact", "insert_code", "price", "competitor", "disparage",
    "false_claim", "style_change", "sabotage", "batch_persist", "conditional", "markdown",
    "html_hidden", "letter_noise", "unicode_mask", "base64", "cipher", "third_language",
    "buried", "payload_split",
    # invented for this half
    "claim_forgery", "fake_urgency", "tag_smuggling", "link_exfil",
)

GENRES_3 = (
    "marketing", "legit_brief", "minimal_pair", "review_brands", "shop_html", "faq_rules",
    "customer_instructions", "editor_note", "feed_row", "ordinary_jargon",
)
GENRES_2 = (
    "shop_promo", "dev_docs", "injection_article", "security_training", "brand_guideline",
    "tracking_url", "encoded_data", "customer_quote", "care_label", "claims_register",
    "legal_notice", "product_qa", "feed_changelog", "newsletter_footer", "repair_note",
)
GENRES = GENRES_3 + GENRES_2

# ------------------------------------------------------------------ encodings

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}

_HOMO = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
    "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425",
}
_UNHOMO = {v: k for k, v in _HOMO.items()}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def leet(p):
    assert p == p.lower() and not any(ch.isdigit() for ch in p), p
    return "".join(_LEET.get(ch, ch) for ch in p)


def unleet(s):
    return "".join(_UNLEET.get(ch, ch) for ch in s)


def spaced(p):
    assert "  " not in p, p
    return "   ".join(" ".join(w) for w in p.split(" "))


def unspaced(s):
    return " ".join(w.replace(" ", "") for w in s.split("   "))


def homoglyph(p):
    assert not any(ch in _UNHOMO for ch in p), p
    return "".join(_HOMO.get(ch, ch) for ch in p)


def unhomoglyph(s):
    return "".join(_UNHOMO.get(ch, ch) for ch in s)


def zero_width(p):
    out = []
    for i, ch in enumerate(p):
        out.append(ch)
        if ch != " " and i + 1 < len(p) and p[i + 1] != " ":
            out.append(_ZW[i % len(_ZW)])
    return "".join(out)


def unzero_width(s):
    return "".join(ch for ch in s if ch not in _ZW)


def b64(p):
    return base64.b64encode(p.encode("utf-8")).decode("ascii")


def unb64(s):
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def rot13(p):
    return codecs.encode(p, "rot13")


def reverse(p):
    return p[::-1]


def tags(p):
    assert all(0x20 <= ord(ch) <= 0x7E for ch in p), p
    return "".join(chr(0xE0000 + ord(ch)) for ch in p)


def untags(s):
    return "".join(chr(ord(ch) - 0xE0000) for ch in s)


# technique -> one (encode, decode, name) per entry index
ENCODERS = {
    "letter_noise": ((leet, unleet, "leetspeak"), (spaced, unspaced, "letter spacing")),
    "unicode_mask": ((homoglyph, unhomoglyph, "homoglyphs"), (zero_width, unzero_width, "zero-width")),
    "base64": ((b64, unb64, "base64"), (b64, unb64, "base64")),
    "cipher": ((rot13, rot13, "rot13"), (reverse, reverse, "reversed")),
    "tag_smuggling": ((tags, untags, "tag characters"), (tags, untags, "tag characters")),
}


def _plain(p):
    return p


# ------------------------------------------------------------------ build


def _injections(lang, mod):
    inj = mod.INJ
    assert tuple(inj) == TECHNIQUES, (lang, [t for t in TECHNIQUES if t not in inj], [t for t in inj if t not in TECHNIQUES])
    out = []
    for tech in TECHNIQUES:
        entries = inj[tech]
        assert len(entries) == 2, (lang, tech)
        for i, e in enumerate(entries):
            if len(e) == 2:
                text, field = e
                assert "{x" not in text, (lang, tech, i)
            elif tech == "payload_split":
                carrier, parts, field = e
                assert isinstance(parts, list) and len(parts) >= 2, (lang, tech, i)
                text = carrier
                for k, part in enumerate(parts, 1):
                    key = "{x%d}" % k
                    assert text.count(key) == 1, (lang, tech, i, key)
                    text = text.replace(key, part)
            else:
                carrier, payload, field = e
                assert carrier.count("{x}") == 1, (lang, tech, i)
                enc, dec, _ = ENCODERS.get(tech, ((_plain, _plain, "plain"),) * 2)[i]
                encoded = enc(payload)
                assert dec(encoded) == payload, (lang, tech, i, "does not decode")
                if enc is not _plain:
                    assert encoded != payload, (lang, tech, i, "encoding changed nothing")
                text = carrier.replace("{x}", encoded)
            assert "{x" not in text, (lang, tech, i)
            if tech in ENCODERS:
                assert len(e) == 3, (lang, tech, i, "obfuscated entries need a payload")
            out.append({"text": text, "label": "injection", "technique": tech, "lang": lang, "field": field})
    return out


def _benign(lang, mod):
    ben = mod.BENIGN
    assert tuple(ben) == GENRES, (lang, [g for g in GENRES if g not in ben], [g for g in ben if g not in GENRES])
    out = []
    for genre in GENRES:
        entries = ben[genre]
        want = 3 if genre in GENRES_3 else 2
        assert len(entries) == want, (lang, genre, len(entries))
        for i, e in enumerate(entries):
            if genre == "minimal_pair":
                tech, idx, repl = e
                src = mod.INJ[tech][idx]
                carrier, field = src[0], src[-1]
                if isinstance(repl, list):
                    text = carrier
                    for k, part in enumerate(repl, 1):
                        text = text.replace("{x%d}" % k, part)
                else:
                    text = carrier.replace("{x}", repl)
                assert "{x" not in text, (lang, genre, i)
            else:
                text, field = e
            out.append({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": field})
    return out


def build(modules):
    """modules: lang -> module. Returns the list of records in final order."""
    records = []
    for lang in LANGS:
        mod = modules[lang]
        inj = _injections(lang, mod)
        ben = _benign(lang, mod)
        assert len(inj) == 60 and len(ben) == 60, (lang, len(inj), len(ben))
        records.extend(inj)
        records.extend(ben)
    check(records)
    rng = random.Random(SEED)
    rng.shuffle(records)
    out = []
    for n, r in enumerate(records, 1):
        out.append({"id": "inj-dev21-%04d" % n, "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    return out


def check(records):
    seen = {}
    for r in records:
        t = r["text"]
        assert r["field"] in FIELDS, r
        assert MIN_LEN <= len(t) <= MAX_LEN, (len(t), r["lang"], r["technique"], t[:80])
        assert t == t.strip(), (r["lang"], r["technique"], t[:60])
        assert t not in seen, ("duplicate text", r["lang"], r["technique"], seen[t], t[:80])
        seen[t] = r["technique"]
    for lang in LANGS:
        rs = [r for r in records if r["lang"] == lang]
        assert sum(r["label"] == "injection" for r in rs) == 60, lang
        assert sum(r["label"] == "benign" for r in rs) == 60, lang
        for tech in TECHNIQUES:
            assert sum(r["technique"] == tech and r["label"] == "injection" for r in rs) == 2, (lang, tech)


def dumps(records):
    lines = []
    for r in records:
        assert list(r) == ["id", "text", "label", "technique", "lang", "field"], list(r)
        lines.append(json.dumps(r, ensure_ascii=False))
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids) == 720
    return ("\n".join(lines) + "\n").encode("utf-8")
