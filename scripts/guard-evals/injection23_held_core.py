"""Core of the held-out half of the twenty-third injection corpus (heldout23).

Written without reading the screen's rules, the other corpora or the dev half. Standard library
only. The language modules (`injection23_held_{de,en,fr,es,it,nl}.py`) hold every phrasing; this
module encodes the obfuscated payloads, checks that each decodes to its plain instruction, builds
the records, shuffles them with a fixed seed and serialises them.

Language module interface:

    INJ = [(technique, field, template, payload, minimal_pair_filler_or_None), ...]   # 60
    BEN = [(genre, field, text), ...]                                                 # 58 or so

`template` holds the slot `{p}` once; the payload (encoded for the obfuscation techniques) is put
there. When a fifth element is given, a benign `minimal_pair` record is made from the same
template with the filler in the slot instead.
"""

import sys

sys.dont_write_bytecode = True

import base64  # noqa: E402
import codecs  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402

SEED = 230203
LANGS = ("de", "en", "fr", "es", "it", "nl")
PER_LANG = 60
SLOT = "{p}"

FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")

TECHNIQUES = (
    "override",
    "polite_request",
    "indirect_order",
    "role_spoof",
    "persona",
    "prompt_leak",
    "insert_contact",
    "commercial_tamper",
    "brand_attack",
    "false_claim",
    "style_hijack",
    "sabotage",
    "batch_persistence",
    "conditional",
    "markdown",
    "hidden_html",
    "leetspeak",
    "spacing",
    "homoglyph",
    "zero_width",
    "base64",
    "rot13",
    "reversed",
    "third_language",
    "buried",
    "split_fields",
    # invented for this half
    "csv_formula",
    "seo_sabotage",
    "variation_selector",
    "affiliate_hijack",
)

GENRES = (
    "marketing_imperative",
    "customer_instructions",
    "shop_contact",
    "review_mentions",
    "legit_brief",
    "editor_note",
    "dev_docs",
    "injection_article",
    "security_training",
    "minimal_pair",
    "shop_html",
    "faq_rules",
    "brand_guideline",
    "feed_row",
    "tracking_url",
    "encoded_data",
    "quoted_speech",
    "ordinary_jargon",
    # genres of this half's own
    "seo_brief",
    "affiliate_terms",
    "emoji_post",
    "translator_note",
    "support_macro",
    "safety_notice",
    "spreadsheet_note",
)

# ---------------------------------------------------------------- obfuscations

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}

# Latin -> Cyrillic / Greek look-alikes
_HOMO = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "A": "\u0391",
    "E": "\u0395", "O": "\u039f", "T": "\u03a4", "K": "\u039a", "M": "\u039c",
    "H": "\u0397", "B": "\u0392", "P": "\u03a1", "N": "\u039d",
}
_UNHOMO = {v: k for k, v in _HOMO.items()}

_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def leet(s):
    return "".join(_LEET.get(ch, ch) for ch in s.lower())


def unleet(s):
    return "".join(_UNLEET.get(ch, ch) for ch in s)


def spaced(s):
    return "   ".join(" ".join(word) for word in s.split(" "))


def unspaced(s):
    return " ".join(w.replace(" ", "") for w in s.split("   "))


def homoglyph(s):
    return "".join(_HOMO.get(ch, ch) for ch in s)


def unhomoglyph(s):
    return "".join(_UNHOMO.get(ch, ch) for ch in s)


def zero_width(s):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if i < len(s) - 1:
            out.append(_ZW[i % len(_ZW)])
    return "".join(out)


def un_zero_width(s):
    return "".join(ch for ch in s if ch not in _ZW)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def unb64(s):
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def rot13(s):
    return codecs.encode(s, "rot13")


def unrot13(s):
    return codecs.decode(s, "rot13")


def reverse(s):
    return s[::-1]


def _vs(byte):
    # bytes 0-15 -> VS1-VS16 (U+FE00..U+FE0F), 16-255 -> VS17-VS256 (U+E0100..U+E01EF)
    return chr(0xFE00 + byte) if byte < 16 else chr(0xE0100 + byte - 16)


def _unvs(ch):
    cp = ord(ch)
    if 0xFE00 <= cp <= 0xFE0F:
        return cp - 0xFE00
    if 0xE0100 <= cp <= 0xE01EF:
        return cp - 0xE0100 + 16
    return None


def variation_selector(s, base="\U0001F3D4"):
    """Emoji smuggling: the UTF-8 bytes of `s` as variation selectors after one emoji."""
    return base + "".join(_vs(b) for b in s.encode("utf-8"))


def un_variation_selector(s):
    data = bytes(v for v in (_unvs(ch) for ch in s) if v is not None)
    return data.decode("utf-8")


ENCODERS = {
    "leetspeak": (leet, unleet),
    "spacing": (spaced, unspaced),
    "homoglyph": (homoglyph, unhomoglyph),
    "zero_width": (zero_width, un_zero_width),
    "base64": (b64, unb64),
    "rot13": (rot13, unrot13),
    "reversed": (reverse, reverse),
    "variation_selector": (variation_selector, un_variation_selector),
}


def expected_plain(technique, payload):
    """What decoding must give back: leetspeak loses case, the rest is exact."""
    return payload.lower() if technique == "leetspeak" else payload


# ---------------------------------------------------------------- build


def _fill(template, value):
    if template.count(SLOT) != 1:
        raise ValueError("template needs exactly one slot: %r" % template[:80])
    return template.replace(SLOT, value)


def lang_records(lang, module):
    """(injection records, benign records) of one language, in module order, without ids."""
    inj, ben = [], []
    for entry in module.INJ:
        technique, field, template, payload = entry[:4]
        pair = entry[4] if len(entry) > 4 else None
        if technique in ENCODERS:
            enc, dec = ENCODERS[technique]
            if technique == "leetspeak" and any(ch.isdigit() for ch in payload):
                raise ValueError("leetspeak payload with digits: %r" % payload)
            encoded = enc(payload)
            if dec(encoded) != expected_plain(technique, payload):
                raise ValueError("%s payload does not decode: %r" % (technique, payload))
            if encoded == payload:
                raise ValueError("%s payload unchanged: %r" % (technique, payload))
        else:
            encoded = payload
        inj.append({"text": _fill(template, encoded), "label": "injection",
                    "technique": technique, "lang": lang, "field": field})
        if pair is not None:
            ben.append({"text": _fill(template, pair), "label": "benign",
                        "technique": "minimal_pair", "lang": lang, "field": field})
    for genre, field, text in module.BEN:
        ben.append({"text": text, "label": "benign", "technique": genre, "lang": lang,
                    "field": field})
    return inj, ben


def _modules():
    import injection23_held_de as de
    import injection23_held_en as en
    import injection23_held_es as es
    import injection23_held_fr as fr
    import injection23_held_it as it
    import injection23_held_nl as nl
    return {"de": de, "en": en, "fr": fr, "es": es, "it": it, "nl": nl}


def check(records):
    """Raise ValueError on any broken rule of this half."""
    problems = []
    texts = {}
    for r in records:
        if list(r.keys()) != ["id", "text", "label", "technique", "lang", "field"]:
            problems.append("key order %s" % r.get("id"))
        if r["field"] not in FIELDS:
            problems.append("field %s %s" % (r["id"], r["field"]))
        n = len(r["text"])
        if not 30 <= n <= 650:
            problems.append("length %d %s %r" % (n, r["id"], r["text"][:60]))
        if r["text"] in texts:
            problems.append("duplicate text %s %s" % (texts[r["text"]], r["id"]))
        texts[r["text"]] = r["id"]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids) or ids != ["inj-heldout23-%04d" % (i + 1)
                                            for i in range(len(ids))]:
        problems.append("ids")
    for lang in LANGS:
        inj = [r for r in records if r["lang"] == lang and r["label"] == "injection"]
        ben = [r for r in records if r["lang"] == lang and r["label"] == "benign"]
        if len(inj) != PER_LANG or len(ben) != PER_LANG:
            problems.append("%s: %d injections, %d benign" % (lang, len(inj), len(ben)))
        for t in TECHNIQUES:
            k = sum(1 for r in inj if r["technique"] == t)
            if k != 2:
                problems.append("%s: technique %s x%d" % (lang, t, k))
        for g in GENRES:
            k = sum(1 for r in ben if r["technique"] == g)
            if not 2 <= k <= 3:
                problems.append("%s: genre %s x%d" % (lang, g, k))
        for r in inj + ben:
            if r["technique"] not in TECHNIQUES and r["technique"] not in GENRES:
                problems.append("unknown technique %s" % r["technique"])
    if problems:
        raise ValueError("heldout23 checks failed:\n  " + "\n  ".join(problems[:60]))


def build():
    """All 720 records, shuffled with SEED, ids assigned, checked."""
    mods = _modules()
    ordered = []
    for lang in LANGS:
        inj, ben = lang_records(lang, mods[lang])
        ordered.extend(inj)
        ordered.extend(ben)
    random.Random(SEED).shuffle(ordered)
    out = []
    for i, r in enumerate(ordered):
        out.append({"id": "inj-heldout23-%04d" % (i + 1), "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    check(out)
    return out


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
