"""Core of the dev half of the twenty-fourth injection corpus (dev24).

Builds the records from the six language modules (injection24_dev_{de,en,fr,es,it,nl}.py),
applies the obfuscations, checks the set and shuffles it with a fixed seed. Standard library only;
no randomness except the one seeded shuffle.
"""

import base64
import codecs
import json
import random
import sys

sys.dont_write_bytecode = True

SEED = 240103
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
PER_LANG = 60
MIN_LEN, MAX_LEN = 30, 650

# 30 techniques, two records per language each; the last four were added by this half's author
TECHNIQUES = (
    "override", "polite_request", "question_action", "third_person", "forged_note", "role_spoof",
    "persona", "prompt_leak", "insert_contact", "bad_offer", "brand_attack", "false_claim",
    "style_change", "sabotage", "batch_persistence", "conditional", "markdown_link", "hidden_html",
    "leetspeak", "spacing", "homoglyph", "invisible_unicode", "encoded", "third_language", "buried",
    "payload_split",
    "script_injection", "template_injection", "bidi_override", "scrambled_letters",
)
INVENTED = ("script_injection", "template_injection", "bidi_override", "scrambled_letters")

# 25 benign genres; the first ten have three texts per language, the others two
GENRES = (
    "marketing_imperative", "customer_instructions", "review_other_brands", "legit_brief",
    "editor_note", "injection_article", "minimal_pair", "shop_html", "faq_rules", "encoded_data",
    "promo_contact", "dev_docs", "security_training", "brand_guideline", "feed_row", "tracking_url",
    "customer_quote", "ordinary_jargon", "product_copy", "care_repair", "qa_checklist",
    "size_advisor_help", "quoted_foreign", "changelog", "legal_notice",
)
GENRE_COUNTS = {g: (3 if i < 10 else 2) for i, g in enumerate(GENRES)}

# which codec each obfuscating technique may use
CODECS = {
    "leetspeak": {"leet"},
    "spacing": {"spaced"},
    "homoglyph": {"homoglyph"},
    "invisible_unicode": {"zw", "tag", "vs"},
    "encoded": {"b64", "rot13", "rev"},
    "bidi_override": {"bidi"},
    "scrambled_letters": {"scramble"},
}

# ---------------------------------------------------------------- codecs

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}


def leet(s):
    return "".join(_LEET.get(c, c) for c in s)


def unleet(s):
    return "".join(_UNLEET.get(c, c) for c in s)


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split(" "))


def unspaced(s):
    return " ".join(w.replace(" ", "") for w in s.split("   "))


# Cyrillic and Greek look-alikes; every second occurrence of a mappable letter is swapped
_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
         "y": "\u0443", "i": "\u0456", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
         "K": "\u039a", "M": "\u039c", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
         "C": "\u0421", "s": "\u0455", "j": "\u0458"}
_UNHOMO = {v: k for k, v in _HOMO.items()}


def homoglyph(s):
    out, n = [], 0
    for c in s:
        if c in _HOMO:
            out.append(_HOMO[c] if n % 2 == 0 else c)
            n += 1
        else:
            out.append(c)
    return "".join(out)


def unhomoglyph(s):
    return "".join(_UNHOMO.get(c, c) for c in s)


_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def zero_width(s):
    out, n = [], 0
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i + 1 < len(s) and s[i + 1] != " ":
            out.append(_ZW[n % len(_ZW)])
            n += 1
    return "".join(out)


def un_zero_width(s):
    return "".join(c for c in s if c not in _ZW)


def tag(s):
    assert s.isascii(), s
    return "\U000e0001" + "".join(chr(0xE0000 + ord(c)) for c in s) + "\U000e007f"


def untag(s):
    return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0020 <= ord(c) <= 0xE007E)


def vs(s):
    """The UTF-8 bytes as variation selectors (VS1-16 for 0-15, VS17-256 for 16-255)."""
    return "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in s.encode("utf-8"))


def unvs(s):
    out = bytearray()
    for c in s:
        o = ord(c)
        if 0xFE00 <= o <= 0xFE0F:
            out.append(o - 0xFE00)
        elif 0xE0100 <= o <= 0xE01EF:
            out.append(o - 0xE0100 + 16)
    return out.decode("utf-8")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def unb64(s):
    return base64.b64decode(s).decode("utf-8")


def rot13(s):
    return codecs.encode(s, "rot13")


def rev(s):
    return s[::-1]


def bidi(s):
    # stored reversed inside a right-to-left override: it displays as the plain sentence
    return "\u202e" + s[::-1] + "\u202c"


def unbidi(s):
    return s.replace("\u202e", "").replace("\u202c", "")[::-1]


def _swap_inner(w):
    if len(w) < 4 or not w.isalpha():
        return w
    inner = list(w[1:-1])
    for i in range(0, len(inner) - 1, 2):
        inner[i], inner[i + 1] = inner[i + 1], inner[i]
    return w[0] + "".join(inner) + w[-1]


def scramble(s):
    """Typoglycaemia: first and last letter stay, inner letters swapped in pairs (an involution)."""
    return " ".join(_swap_inner(w) for w in s.split(" "))


ENCODE = {"leet": leet, "spaced": spaced, "homoglyph": homoglyph, "zw": zero_width, "tag": tag,
          "vs": vs, "b64": b64, "rot13": rot13, "rev": rev, "bidi": bidi, "scramble": scramble}
DECODE = {"leet": unleet, "spaced": unspaced, "homoglyph": unhomoglyph, "zw": un_zero_width,
          "tag": untag, "vs": unvs, "b64": unb64, "rot13": rot13, "rev": rev, "bidi": unbidi,
          "scramble": scramble}

# ---------------------------------------------------------------- building


def _injection(lang, entry):
    if len(entry) == 3:
        technique, field, text = entry
        return technique, field, text
    technique, field, template, plain, codec = entry
    assert codec in CODECS[technique], (technique, codec)
    assert template.count("{X}") == 1, template
    if codec == "leet":
        assert not any(ch.isdigit() for ch in plain), plain
    encoded = ENCODE[codec](plain)
    assert encoded != plain, (codec, plain)
    assert DECODE[codec](encoded) == plain, (lang, codec, plain)
    text = template.replace("{X}", encoded)
    return technique, field, text


def records_for(lang, module):
    out = []
    inj = module.INJECTIONS
    assert len(inj) == PER_LANG, (lang, len(inj))
    for entry in inj:
        technique, field, text = _injection(lang, entry)
        out.append({"id": None, "text": text, "label": "injection", "technique": technique,
                    "lang": lang, "field": field})
    ben = module.BENIGN
    assert len(ben) == PER_LANG, (lang, len(ben))
    for genre, field, text in ben:
        out.append({"id": None, "text": text, "label": "benign", "technique": genre,
                    "lang": lang, "field": field})
    return out


def check(records):
    from collections import Counter

    assert len(TECHNIQUES) == 30 and len(set(TECHNIQUES)) == 30
    assert len(GENRES) == 25 and sum(GENRE_COUNTS.values()) == PER_LANG
    texts = Counter(r["text"] for r in records)
    dup = [t for t, n in texts.items() if n > 1]
    assert not dup, dup[:3]
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids) == 720
    for lang in LANGS:
        mine = [r for r in records if r["lang"] == lang]
        inj = Counter(r["technique"] for r in mine if r["label"] == "injection")
        ben = Counter(r["technique"] for r in mine if r["label"] == "benign")
        assert sum(inj.values()) == PER_LANG and sum(ben.values()) == PER_LANG, lang
        assert inj == Counter({t: 2 for t in TECHNIQUES}), (lang, inj)
        assert ben == Counter(GENRE_COUNTS), (lang, ben - Counter(GENRE_COUNTS), Counter(GENRE_COUNTS) - ben)
    for r in records:
        assert list(r) == ["id", "text", "label", "technique", "lang", "field"], r
        assert r["field"] in FIELDS, r
        assert MIN_LEN <= len(r["text"]) <= MAX_LEN, (len(r["text"]), r["lang"], r["technique"], r["text"][:80])
    for label in ("injection", "benign"):
        fields = Counter(r["field"] for r in records if r["label"] == label)
        assert set(fields) == set(FIELDS), (label, fields)


def build(modules):
    records = []
    for lang in LANGS:
        records += records_for(lang, modules[lang])
    rng = random.Random(SEED)
    rng.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"inj-dev24-{i:04d}"
    check(records)
    return records


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
