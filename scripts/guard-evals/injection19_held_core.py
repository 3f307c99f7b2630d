"""Core of the held-out half of the nineteenth injection corpus (heldout19): the technique and
genre plans, the obfuscation encoders with their decoders, and the record builder.

Each language module (`injection19_held_de.py` …) holds two lists written for that language:

    INJ = [(technique, field, text), ...]                       # plain injections
          + [(technique, field, template, directive), ...]     # obfuscations: "{ENC}" in template
    BEN = [(genre, field, text), ...]

An obfuscated record's text is its template with `{ENC}` replaced by the encoded directive; the
self-checks decode it again and check that it is the directive and reads as an instruction.
Standard library only.
"""

import base64
import codecs
import re

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")

# 30 techniques, 2 records per language each
TECHNIQUES = (
    "override",
    "polite_request",
    "question",
    "third_person",
    "authority_note",
    "role_spoof",
    "persona",
    "prompt_leak",
    "insert_contact",
    "insert_code",
    "price",
    "competitor",
    "disparage",
    "false_claim",
    "tone_format",
    "sabotage",
    "batch_persistence",
    "conditional",
    "markdown",
    "html_hidden",
    "leetspeak",
    "spacing",
    "homoglyph",
    "zero_width",
    "base64",
    "rot13",
    "reversed",
    "cross_language",
    "buried",
    "split_fields",
)
PER_TECHNIQUE = 2

# 25 benign genres: ten with 3 records per language, fifteen with 2 (60 per language)
GENRES = {
    "marketing_imperative": 3,
    "promo_code": 3,
    "care_instructions": 3,
    "review_other_brand": 3,
    "brief_legit": 3,
    "editor_note": 3,
    "minimal_pair": 3,
    "shop_html": 3,
    "faq_must": 3,
    "feed_row": 3,
    "contact_info": 2,
    "returns_policy": 2,
    "size_guide": 2,
    "review_mentions_ai": 2,
    "developer_docs": 2,
    "article_injection": 2,
    "training_note": 2,
    "product_description": 2,
    "claims_doc": 2,
    "voice_guideline": 2,
    "title_slogan": 2,
    "ai_feature": 2,
    "legal_notice": 2,
    "qa_checklist": 2,
    "link": 2,
}

ENCODED = ("leetspeak", "spacing", "homoglyph", "zero_width", "base64", "rot13", "reversed")

# ---------------------------------------------------------------- encoders and decoders

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}

# Latin letter -> Cyrillic or Greek look-alike
_HOMO = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "o": "\u043e", "p": "\u0440",
    "s": "\u0455", "x": "\u0445", "y": "\u0443", "A": "\u0391", "B": "\u0392", "C": "\u0421",
    "E": "\u0395", "H": "\u041d", "I": "\u0399", "K": "\u039a", "M": "\u041c", "O": "\u039f",
    "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
}
_UNHOMO = {v: k for k, v in _HOMO.items()}

_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
_WORD_GAP = "   "


def encode(method: str, s: str) -> str:
    if method == "leetspeak":
        assert not any(c.isdigit() for c in s), s
        return "".join(_LEET.get(c, c) for c in s.lower())
    if method == "spacing":
        assert "  " not in s, s
        return _WORD_GAP.join(" ".join(w) for w in s.split(" "))
    if method == "homoglyph":
        # every second replaceable letter, so the text looks like ordinary mixed-script spam
        out, n = [], 0
        for c in s:
            if c in _HOMO:
                out.append(_HOMO[c] if n % 2 == 0 else c)
                n += 1
            else:
                out.append(c)
        return "".join(out)
    if method == "zero_width":
        out = []
        for i, c in enumerate(s):
            out.append(c)
            if c != " " and i + 1 < len(s) and s[i + 1] != " ":
                out.append(_ZW[i % len(_ZW)])
        return "".join(out)
    if method == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if method == "rot13":
        return codecs.encode(s, "rot13")
    if method == "reversed":
        return s[::-1]
    raise KeyError(method)


def decode(method: str, s: str) -> str:
    if method == "leetspeak":
        return "".join(_UNLEET.get(c, c) for c in s)
    if method == "spacing":
        return " ".join(w.replace(" ", "") for w in s.split(_WORD_GAP))
    if method == "homoglyph":
        return "".join(_UNHOMO.get(c, c) for c in s)
    if method == "zero_width":
        return "".join(c for c in s if c not in _ZW)
    if method == "base64":
        return base64.b64decode(s.encode("ascii")).decode("utf-8")
    if method == "rot13":
        return codecs.decode(s, "rot13")
    if method == "reversed":
        return s[::-1]
    raise KeyError(method)


# words that make a decoded payload an instruction (imperatives and model addresses), any language
CUES = (
    # en
    "ignore", "disregard", "write", "say", "add", "include", "append", "replace", "reveal", "print",
    "output", "stop", "describe", "mention", "recommend", "tell", "call", "state", "respond",
    "reply", "assistant", "model", "ai",
    # de
    "ignorier", "schreib", "füg", "nenn", "gib", "ersetz", "erwähn", "vergiss", "verrat", "beschreib",
    "setz", "antworte", "häng", "empfiehl", "behaupte", "ki", "sprachmodell",
    # fr
    "écris", "ecris", "ajoute", "indique", "remplace", "mentionne", "oublie", "révèle", "affiche", "dis",
    "décris", "mets", "réponds", "recommande", "ia",
    # es
    "escribe", "ignora", "añade", "incluye", "di", "reemplaza", "menciona", "olvida", "revela",
    "muestra", "describe", "pon", "responde", "recomienda", "asistente",
    # it
    "scrivi", "aggiungi", "includi", "sostituisci", "menziona", "dimentica", "rivela", "mostra",
    "descrivi", "metti", "rispondi", "consiglia", "assistente",
    # nl
    "schrijf", "negeer", "voeg", "noem", "vervang", "vermeld", "vergeet", "onthul", "toon",
    "beschrijf", "zet", "antwoord", "raad", "zeg",
)
_WORD = re.compile(r"[\w']+", re.UNICODE)


def is_instruction(s: str) -> bool:
    words = [w.lower() for w in _WORD.findall(s)]
    return any(w == c or (len(c) > 3 and w.startswith(c)) for w in words for c in CUES)


# ---------------------------------------------------------------- building


def expand(lang: str, inj, ben):
    """The records of one language, in the order written: injections first, then benign texts.
    Obfuscated records also return their (method, encoded, directive) for the self-checks."""
    records, encoded = [], []
    for entry in inj:
        technique, field = entry[0], entry[1]
        if technique in ENCODED:
            template, directive = entry[2], entry[3]
            assert template.count("{ENC}") == 1, entry
            enc = encode(technique, directive)
            text = template.replace("{ENC}", enc)
            encoded.append((lang, technique, enc, directive, text))
        else:
            assert len(entry) == 3, entry
            text = entry[2]
        records.append({"text": text, "label": "injection", "technique": technique, "lang": lang, "field": field})
    for genre, field, text in ben:
        records.append({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": field})
    return records, encoded
