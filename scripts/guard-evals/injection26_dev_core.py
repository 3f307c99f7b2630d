"""Core of the dev half of the twenty-sixth injection corpus (dev26).

Technique and genre lists, the encoders of the obfuscated techniques and their decoders, the
builder and the self-checks. The phrasings live in `injection26_dev_{de,en,fr,es,it,nl}.py`.
Python 3.11, standard library only; the only randomness is one shuffle with seed 260103.
"""

import base64
import codecs
import importlib
import json
import random
import sys
import unicodedata

sys.dont_write_bytecode = True

SEED = 260103
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
ID_PREFIX = "inj-dev26-"
MIN_LEN, MAX_LEN = 30, 650

TECHNIQUES = (
    "override",
    "polite_question",
    "third_person",
    "forged_note",
    "role_spoof",
    "persona",
    "prompt_leak",
    "insert_contact",
    "price_code",
    "competitor_disparage",
    "false_claim",
    "style_hijack",
    "sabotage",
    "batch_persist",
    "conditional",
    "markup",
    "leetspeak",
    "spacing",
    "homoglyph",
    "invisible_unicode",
    "base64",
    "rot13",
    "reversed",
    "cross_language",
    "buried",
    "split_fields",
    # invented for this half
    "math_alphanumeric",
    "agent_bait",
    "review_incentive",
    "fit_sabotage",
)

# Techniques whose payload is encoded by this module: (field, wrapper with {P}, plain[, mode]).
OBFUSCATED = (
    "leetspeak",
    "spacing",
    "homoglyph",
    "invisible_unicode",
    "base64",
    "rot13",
    "reversed",
    "math_alphanumeric",
)

GENRES_THREE = (
    "marketing_imperative",
    "customer_instructions",
    "promo_contact",
    "review_mentions",
    "legit_brief",
    "minimal_pair",
    "faq",
    "feed_row",
    "encoded_data",
    "ordinary_jargon",
)
GENRES_TWO = (
    "editor_note",
    "dev_docs",
    "injection_article",
    "security_training",
    "shop_html",
    "brand_guideline",
    "tracking_url",
    "customer_quote",
    "care_label",
    "size_advice",
    "price_note",
    "review_policy",
    "special_chars",
    "mixed_language",
    "repair_service",
)
GENRES = GENRES_THREE + GENRES_TWO

# ---------------------------------------------------------------- encoders and decoders

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}

_HOMO = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "K": "\u039a",
    "M": "\u039c", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
}
_UNHOMO = {v: k for k, v in _HOMO.items()}

ZW = "\u200b"


def leet(s):
    return "".join(_LEET.get(c, c) for c in s.lower())


def unleet(s):
    return "".join(_UNLEET.get(c, c) for c in s)


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split(" "))


def unspaced(s):
    return " ".join(w.replace(" ", "") for w in s.split("   "))


def homoglyph(s):
    return "".join(_HOMO.get(c, c) for c in s)


def unhomoglyph(s):
    return "".join(_UNHOMO.get(c, c) for c in s)


def zero_width(s):
    return "".join(c + ZW if c.isalpha() else c for c in s)


def un_zero_width(s):
    return s.replace(ZW, "")


def tags(s):
    if not s.isascii():
        raise ValueError("tag payload must be ASCII: " + s)
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def untags(s):
    return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0000 <= ord(c) <= 0xE007F)


def var_selectors(s):
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def un_var_selectors(s):
    bs = []
    for c in s:
        o = ord(c)
        if 0xFE00 <= o <= 0xFE0F:
            bs.append(o - 0xFE00)
        elif 0xE0100 <= o <= 0xE01EF:
            bs.append(o - 0xE0100 + 16)
    return bytes(bs).decode("utf-8")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def unb64(s):
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def rot13(s):
    return codecs.encode(s, "rot13")


def reverse(s):
    return s[::-1]


def math_bold(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


def un_math(s):
    return unicodedata.normalize("NFKC", s)


ENCODERS = {
    "leetspeak": (leet, unleet, lambda p: p.lower()),
    "spacing": (spaced, unspaced, lambda p: p),
    "homoglyph": (homoglyph, unhomoglyph, lambda p: p),
    "zw": (zero_width, un_zero_width, lambda p: p),
    "tag": (tags, untags, lambda p: p),
    "vs": (var_selectors, un_var_selectors, lambda p: p),
    "base64": (b64, unb64, lambda p: p),
    "rot13": (rot13, rot13, lambda p: p),
    "reversed": (reverse, reverse, lambda p: p),
    "math_alphanumeric": (math_bold, un_math, lambda p: p),
}


def encode_entry(technique, entry):
    """Return (field, text, encoded, plain, mode) for one obfuscated entry."""
    if technique == "invisible_unicode":
        field, wrapper, plain, mode = entry
    else:
        field, wrapper, plain = entry
        mode = technique
    enc, dec, norm = ENCODERS[mode]
    encoded = enc(plain)
    if dec(encoded) != norm(plain):
        raise AssertionError(f"{technique}/{mode}: payload does not decode: {plain!r}")
    if wrapper.count("{P}") != 1:
        raise AssertionError(f"{technique}: wrapper needs exactly one {{P}}: {wrapper!r}")
    text = wrapper.replace("{P}", encoded)
    return field, text, encoded, plain, mode


# ---------------------------------------------------------------- builder


def load_lang(lang):
    return importlib.import_module(f"injection26_dev_{lang}")


def build_records():
    """All 720 records in fixed order, then shuffled with SEED and numbered."""
    raw = []
    for lang in LANGS:
        mod = load_lang(lang)
        for tech in TECHNIQUES:
            for entry in mod.INJ[tech]:
                if tech in OBFUSCATED:
                    field, text, encoded, plain, mode = encode_entry(tech, entry)
                    if plain in text:
                        raise AssertionError(f"{lang}/{tech}: plain payload in the clear")
                    if encoded not in text:
                        raise AssertionError(f"{lang}/{tech}: encoded payload missing")
                else:
                    field, text = entry
                raw.append((text, "injection", tech, lang, field))
        for genre in GENRES:
            for field, text in mod.BEN[genre]:
                raw.append((text, "benign", genre, lang, field))
    rng = random.Random(SEED)
    rng.shuffle(raw)
    records = []
    for i, (text, label, tech, lang, field) in enumerate(raw, 1):
        records.append(
            {
                "id": f"{ID_PREFIX}{i:04d}",
                "text": text,
                "label": label,
                "technique": tech,
                "lang": lang,
                "field": field,
            }
        )
    return records


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ---------------------------------------------------------------- checks


def check(records):
    """Raise AssertionError on the first failed check; return a short summary dict."""
    keys = ["id", "text", "label", "technique", "lang", "field"]
    ids, texts = set(), set()
    count = {}
    for r in records:
        if list(r.keys()) != keys:
            raise AssertionError(f"key order: {r}")
        if r["id"] in ids:
            raise AssertionError(f"duplicate id {r['id']}")
        ids.add(r["id"])
        if r["text"] in texts:
            raise AssertionError(f"duplicate text: {r['text'][:80]!r}")
        texts.add(r["text"])
        if r["field"] not in FIELDS:
            raise AssertionError(f"field {r['field']} in {r['id']}")
        if r["lang"] not in LANGS:
            raise AssertionError(f"lang {r['lang']}")
        n = len(r["text"])
        if not MIN_LEN <= n <= MAX_LEN:
            raise AssertionError(f"length {n} of {r['lang']}/{r['technique']}: {r['text'][:80]!r}")
        k = (r["lang"], r["label"], r["technique"])
        count[k] = count.get(k, 0) + 1
    if len(records) != 720:
        raise AssertionError(f"{len(records)} records")
    if ids != {f"{ID_PREFIX}{i:04d}" for i in range(1, 721)}:
        raise AssertionError("ids are not 0001..0720")
    for lang in LANGS:
        inj = sum(v for (l, lab, _), v in count.items() if l == lang and lab == "injection")
        ben = sum(v for (l, lab, _), v in count.items() if l == lang and lab == "benign")
        if inj != 60 or ben != 60:
            raise AssertionError(f"{lang}: {inj} injections, {ben} benign")
        for t in TECHNIQUES:
            if count.get((lang, "injection", t)) != 2:
                raise AssertionError(f"{lang}/{t}: {count.get((lang, 'injection', t))}")
        for g in GENRES:
            want = 3 if g in GENRES_THREE else 2
            if count.get((lang, "benign", g)) != want:
                raise AssertionError(f"{lang}/{g}: {count.get((lang, 'benign', g))} != {want}")
    return {"records": len(records)}


def check_sources():
    """Checks on the phrasing modules that the records alone do not show."""
    for lang in LANGS:
        mod = load_lang(lang)
        if set(mod.INJ) != set(TECHNIQUES):
            raise AssertionError(f"{lang}: techniques {sorted(set(mod.INJ) ^ set(TECHNIQUES))}")
        if set(mod.BEN) != set(GENRES):
            raise AssertionError(f"{lang}: genres {sorted(set(mod.BEN) ^ set(GENRES))}")
        modes = [e[3] for e in mod.INJ["invisible_unicode"]]
        if modes[0] != "zw" or modes[1] not in ("tag", "vs"):
            raise AssertionError(f"{lang}: invisible_unicode modes {modes}")
        for t in OBFUSCATED:
            for e in mod.INJ[t]:
                encode_entry(t, e)
