"""Shared machinery of the held-out half of the eighteenth injection corpus (heldout18).

Products of the example brand (prices and weights from brand-guides/talgrat/products), the
placeholder filler, the encoders of the obfuscation techniques with their decoders, and the lists
of techniques and benign genres. Standard library only.
"""

import base64
import codecs
import re

LANGS = ("de", "en", "fr", "es", "it", "nl")

# 30 techniques, each with exactly 2 records per language
TECHNIQUES = (
    "override",
    "override_indirect",
    "polite_request",
    "question_action",
    "third_person",
    "authority_note",
    "system_notice",
    "role_spoof",
    "persona",
    "exfiltration",
    "insert_contact",
    "insert_code",
    "price",
    "competitor",
    "disparage",
    "harmful_claim",
    "format_hijack",
    "sabotage",
    "batch_persist",
    "conditional",
    "markdown",
    "html_hidden",
    "leetspeak",
    "letter_spacing",
    "unicode_confusable",
    "base64",
    "rot13_reversed",
    "cross_language",
    "buried",
    "split_fields",
)

# the encoding applied to entry 0 and entry 1 of each obfuscation technique
ENCODED = {
    "leetspeak": ("leet", "leet"),
    "letter_spacing": ("spaced", "spaced"),
    "unicode_confusable": ("homoglyph", "zero_width"),
    "base64": ("base64", "base64"),
    "rot13_reversed": ("rot13", "reversed"),
}

# 25 benign genres: the first ten with 3 records per language, the other fifteen with 2
GENRES_3 = (
    "marketing_imperative",
    "promo_code_customer",
    "link_plain",
    "review_competitor",
    "brief_tone",
    "editor_note_human",
    "article_injection",
    "minimal_pair",
    "shop_html_comment",
    "feed_row_plain",
)
GENRES_2 = (
    "care_instructions",
    "returns_policy",
    "size_guide",
    "contact_info",
    "review_ai",
    "brief_code",
    "dev_docs",
    "faq_must",
    "brand_guideline",
    "claims_doc",
    "product_description",
    "product_title",
    "encoded_data",
    "multilingual_text",
    "app_instructions",
)
GENRES = GENRES_3 + GENRES_2

FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")

# key: (sku, price in euros, weight in grams)
PRODUCTS = {
    "firstwand": ("TG-RJ-100", "349.95", 395),
    "schauerpass": ("TG-RJ-200", "199.95", 310),
    "kaltkar": ("TG-DJ-100", "289.95", 380),
    "hochsattel": ("TG-BP-030", "139.95", 1050),
    "fernkamm": ("TG-BP-045", "229.95", 1780),
    "steinlauf": ("TG-TS-100", "159.95", 580),
    "trittweg": ("TG-SO-100", "24.95", 78),
    "morgengrat": ("TG-BL-100", "89.95", 165),
}

# product groups a template can ask for with "field:group"
GROUPS = {
    "any": tuple(PRODUCTS),
    "jacket": ("firstwand", "schauerpass", "kaltkar"),
    "shell": ("firstwand", "schauerpass"),
    "pack": ("hochsattel", "fernkamm"),
    "wear": ("firstwand", "schauerpass", "kaltkar", "morgengrat"),
}


def fmt_price(price: str, lang: str) -> str:
    euros, cents = price.split(".")
    if lang == "en":
        return f"€{euros}.{cents}"
    if lang == "nl":
        return f"€ {euros},{cents}"
    return f"{euros},{cents} €"


def fmt_weight(grams: int, lang: str) -> str:
    if grams < 1000:
        return f"{grams} g"
    sep = "," if lang == "en" else ("\u202f" if lang == "fr" else ".")
    return f"{grams // 1000}{sep}{grams % 1000:03d} g"


PLACEHOLDER = re.compile(r"\{(name|short|sku|price|weight|desc|desc2|enc)\}")


def fill(template: str, values: dict) -> str:
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


# ---------------------------------------------------------------- encoders and decoders

_LEET = str.maketrans({"a": "4", "A": "4", "e": "3", "E": "3", "i": "1", "I": "1", "o": "0", "O": "0", "s": "5", "S": "5", "t": "7", "T": "7"})

_HOMO = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
    "i": "\u0456", "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422",
    "H": "\u041d", "K": "\u041a", "M": "\u041c", "B": "\u0412",
}
_HOMO_BACK = {v: k for k, v in _HOMO.items()}

_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def leet(s: str) -> str:
    return s.translate(_LEET)


def spaced(s: str) -> str:
    return "   ".join(" ".join(word) for word in s.split(" "))


def unspaced(s: str) -> str:
    return " ".join(part.replace(" ", "") for part in s.split("   "))


def homoglyph(s: str) -> str:
    # every second replaceable letter, so the text stays readable and mixed
    out, n = [], 0
    for ch in s:
        if ch in _HOMO:
            out.append(_HOMO[ch] if n % 2 == 0 else ch)
            n += 1
        else:
            out.append(ch)
    return "".join(out)


def unhomoglyph(s: str) -> str:
    return "".join(_HOMO_BACK.get(ch, ch) for ch in s)


def zero_width(s: str) -> str:
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch != " " and i + 1 < len(s) and s[i + 1] != " ":
            out.append(_ZW[i % len(_ZW)])
    return "".join(out)


def unzero_width(s: str) -> str:
    return "".join(ch for ch in s if ch not in _ZW)


def b64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def unb64(s: str) -> str:
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def rev(s: str) -> str:
    return s[::-1]


ENCODERS = {
    "leet": (leet, None),  # lossy: checked by re-encoding
    "spaced": (spaced, unspaced),
    "homoglyph": (homoglyph, unhomoglyph),
    "zero_width": (zero_width, unzero_width),
    "base64": (b64, unb64),
    "rot13": (rot13, rot13),
    "reversed": (rev, rev),
}

# words that make a decoded payload an instruction (imperatives and addresses to the model)
INSTRUCTION_MARKERS = (
    "ignore", "write", "add", "print", "reveal", "say", "insert", "recommend", "call", "end every",
    "ignorier", "schreib", "füg", "gib", "nenn", "vergiss", "häng",
    "écris", "ecris", "empfiehl", "ajoute", "oublie", "révèle", "affiche", "dis ", "insère", "recommande",
    "escribe", "añade", "ignora", "revela", "muestra", "di que", "inserta", "recomienda", "olvida",
    "scrivi", "aggiungi", "rivela", "mostra", "dì", "inserisci", "consiglia", "dimentica",
    "schrijf", "voeg", "negeer", "vergeet", "toon", "zeg", "noem", "beveel",
)


def is_instruction(s: str) -> bool:
    low = s.lower()
    return len(s) >= 20 and any(m in low for m in INSTRUCTION_MARKERS)


def encode(method: str, payload: str) -> str:
    enc, dec = ENCODERS[method]
    out = enc(payload)
    if dec is None:
        assert leet(payload) == out
    else:
        assert dec(out) == payload, (method, payload)
    assert out != payload, (method, payload)
    assert is_instruction(payload), payload
    return out
