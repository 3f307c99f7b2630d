"""Machinery of the held-out half of the twentieth injection corpus (heldout20): the technique
and genre lists, the obfuscation codecs with their decoders, the build and the self-checks.

The texts themselves live in one module per language (`injection20_held_{de,en,fr,es,it,nl}.py`).
Each holds two lists:

    INJECTIONS = [(technique, field, text), ...]                      # plain
                 [(technique, field, template, plain, codec), ...]    # obfuscated: `{p}` in the
                                                                      # template takes the encoded plain
    BENIGN = [(genre, field, text), ...]

Nothing here is random except the one shuffle of the finished records (seed 200203); the codecs
are deterministic functions of their input, so the file is the same bytes on every run, machine
and PYTHONHASHSEED.
"""

import base64
import codecs
import json
import random
from collections import Counter
from urllib.parse import quote, unquote

SEED = 200203
LANGS = ("de", "en", "fr", "es", "it", "nl")
PER_LANG = 60  # injections per language, and as many benign texts
ID_PREFIX = "inj-heldout20-"
KEYS = ("id", "text", "label", "technique", "lang", "field")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
MIN_LEN, MAX_LEN = 30, 650

# technique -> one line for the README; the last four are this half's own
TECHNIQUES = {
    "override": "a plain order to drop the rules, in many wordings, some without any word for 'ignore'",
    "polite_request": "a courteous plea or a question that asks the model for an action",
    "third_person": "an order about the model in the third person ('the assistant should …', 'der Textgenerator hat …')",
    "forged_note": "a forged legal, QA, editor, admin or system notice addressed to the text generator",
    "role_spoof": "role and delimiter spoofing: ChatML, Llama 2 and 3, Alpaca, Zephyr and Human:/Assistant: turns, JSON and XML role fields, closing tags of the data block",
    "persona": "a persona hijack: the model is told to be a rule-free character",
    "exfiltration": "a request to print the system prompt, the brand rules or earlier instructions",
    "insert_contact": "inserting a foreign URL or a phone number into the copy",
    "offer_tamper": "a wrong price or an unapproved discount code",
    "brand_attack": "praise for a competitor or running the brand down",
    "false_claim": "a false product claim or an offensive remark to be written into the copy",
    "style_hijack": "a change of tone, language or output format",
    "sabotage": "empty, junk or filler output instead of copy",
    "batch_persistence": "an instruction meant to hold for every following product of the batch",
    "conditional": "an instruction with a trigger ('if you are an AI …', 'when the market is …')",
    "markdown": "Markdown links or images, including an image URL meant to carry data out",
    "html": "HTML comments and invisible elements (display:none, visibility:hidden, font-size:0, white text, off-screen, hidden)",
    "leetspeak": "the instruction in leetspeak (a→4, e→3, i→1, o→0, s→5, t→7)",
    "spacing": "the instruction with its letters spaced out or dotted",
    "homoglyph": "the instruction with Cyrillic and Greek look-alike letters",
    "zero_width": "the instruction with zero-width characters between its letters",
    "base64": "the instruction in base64, often passed off as a checksum or token",
    "cipher": "the instruction in ROT13 or written backwards",
    "third_language": "an instruction in another language than its carrier text",
    "buried": "one instructing sentence buried in a long ordinary description or document",
    "payload_split": "one instruction split across several fields or lines that only make sense together",
    "claim_laundering": "(own) a forged entry of the brand's approved-claims register, or a fake claims update, that makes a forbidden claim look approved",
    "output_forgery": "(own) text that closes the data and forges the model's structured answer (JSON keys, a ready-made OUTPUT block)",
    "term_substitution": "(own) a glossary or find-and-replace rule that silently rewrites brand terms into false or foreign ones",
    "url_payload": "(own) the instruction inside a link field's URL: percent-encoded in a query parameter, or as a slug in the fragment",
}
INVENTED = ("claim_laundering", "output_forgery", "term_substitution", "url_payload")

# genre -> (texts per language, one line for the README)
GENRES = {
    "marketing_imperative": (3, "the shop's own imperatives and slogans ('Jetzt bestellen', 'Forget the forecast')"),
    "customer_instructions": (3, "instructions to customers: fitting, returns, sizing"),
    "promo_contact": (3, "the shop's own promo codes, opening hours, addresses, phone numbers and e-mail addresses"),
    "review_mentions": (3, "reviews that name other brands or the shop's AI size advisor"),
    "brief_legit": (3, "legitimate briefs that ask for tone, length, a code or a URL"),
    "editor_note": (3, "editors' notes to human writers, also 'ignore last week's draft'"),
    "dev_docs": (2, "developer docs of a copy pipeline (system prompt, override flags, guard modes)"),
    "injection_article": (3, "articles and briefs about prompt injection that quote attacks"),
    "security_training": (2, "staff security training and phishing drills"),
    "minimal_pair": (3, "the carrier of an injection of this half with nothing addressed to a model"),
    "shop_html": (3, "the shop's HTML with comments, hidden and visually-hidden elements"),
    "faq_rules": (2, "FAQs with 'you must' and 'never'"),
    "brand_guideline": (2, "the brand's writing rules for writers"),
    "feed_row": (3, "plain product feed rows"),
    "tracking_url": (2, "URLs with tracking and campaign parameters"),
    "encoded_data": (2, "checksums, hashes and base64 tokens in feeds and manifests"),
    "customer_quote": (2, "customers quoting what staff, guides or friends told them"),
    "ordinary_jargon": (2, "system, prompt, override, admin, command in their ordinary senses"),
    "care_label": (2, "care instructions full of imperatives and prohibitions"),
    "shop_markdown": (2, "the shop's own Markdown with links and images"),
    "localisation_note": (2, "translation notes that map terms ('render X as Y'), hard negatives for term_substitution"),
    "claims_entry": (2, "genuine entries of the approved-claims register, hard negatives for claim_laundering"),
    "json_export": (2, "JSON exports with role, admin and content keys, hard negatives for role_spoof and output_forgery"),
    "multilingual_text": (2, "reviews and notes that quote another language, hard negatives for third_language"),
    "shop_conditions": (2, "the shop's if/then and 'for all orders' conditions, hard negatives for conditional and batch_persistence"),
}

# ---------------------------------------------------------------- codecs

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}

# Latin -> look-alike (Cyrillic unless noted)
_GLYPHS = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",  # Greek capitals
    "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "C": "\u0421",
    "v": "\u03bd", "u": "\u03c5",  # Greek nu and upsilon
}
_UNGLYPHS = {v: k for k, v in _GLYPHS.items()}

_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def leet(plain: str) -> str:
    assert plain == plain.lower() and not any(c.isdigit() for c in plain), plain
    return "".join(_LEET.get(c, c) for c in plain)


def unleet(enc: str) -> str:
    return "".join(_UNLEET.get(c, c) for c in enc)


def homoglyph(plain: str) -> str:
    """Every second letter that has a look-alike is swapped."""
    out, n = [], 0
    for c in plain:
        if c in _GLYPHS:
            out.append(_GLYPHS[c] if n % 2 == 0 else c)
            n += 1
        else:
            out.append(c)
    return "".join(out)


def unhomoglyph(enc: str) -> str:
    return "".join(_UNGLYPHS.get(c, c) for c in enc)


def zero_width(plain: str) -> str:
    """A zero-width character (cycling through four) between every two non-space characters."""
    out, n = [], 0
    for i, c in enumerate(plain):
        out.append(c)
        if i + 1 < len(plain) and c != " " and plain[i + 1] != " ":
            out.append(_ZW[n % len(_ZW)])
            n += 1
    return "".join(out)


def un_zero_width(enc: str) -> str:
    return "".join(c for c in enc if c not in _ZW)


def spaced(plain: str) -> str:
    """Letters one space apart, words three spaces apart."""
    assert "  " not in plain
    return "   ".join(" ".join(w) for w in plain.split(" "))


def unspaced(enc: str) -> str:
    return " ".join(w.replace(" ", "") for w in enc.split("   "))


def dotted(plain: str) -> str:
    """Letters joined by dots, words one space apart."""
    assert "." not in plain
    return " ".join(".".join(w) for w in plain.split(" "))


def undotted(enc: str) -> str:
    return " ".join(w.replace(".", "") for w in enc.split(" "))


CODECS = {
    "leet": (leet, unleet),
    "homoglyph": (homoglyph, unhomoglyph),
    "zw": (zero_width, un_zero_width),
    "spacing": (spaced, unspaced),
    "spacing.": (dotted, undotted),
    "b64": (lambda p: base64.b64encode(p.encode("utf-8")).decode("ascii"), lambda e: base64.b64decode(e).decode("utf-8")),
    "rot13": (lambda p: codecs.encode(p, "rot13"), lambda e: codecs.decode(e, "rot13")),
    "reverse": (lambda p: p[::-1], lambda e: e[::-1]),
    "pct": (lambda p: quote(p, safe=""), unquote),
}
# which codecs each obfuscating technique may use
TECHNIQUE_CODECS = {
    "leetspeak": {"leet"},
    "spacing": {"spacing", "spacing."},
    "homoglyph": {"homoglyph"},
    "zero_width": {"zw"},
    "base64": {"b64"},
    "cipher": {"rot13", "reverse"},
    "url_payload": {"pct"},
}

# ---------------------------------------------------------------- build


def build(modules):
    """All records in shuffled order with their ids, and the decode checks of the obfuscated ones:
    `(id, codec, encoded, plain)`."""
    staged = []  # (record without id, check or None)
    for mod in modules:
        lang = mod.LANG
        for entry in mod.INJECTIONS:
            if len(entry) == 3:
                technique, field, text = entry
                check = None
            else:
                technique, field, template, plain, codec = entry
                assert template.count("{p}") == 1, template
                encoded = CODECS[codec][0](plain)
                text = template.replace("{p}", encoded)
                check = (codec, encoded, plain)
            staged.append(({"text": text, "label": "injection", "technique": technique, "lang": lang, "field": field}, check))
        for genre, field, text in mod.BENIGN:
            staged.append(({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": field}, None))
    rng = random.Random(SEED)
    rng.shuffle(staged)
    records, checks = [], []
    for n, (rec, check) in enumerate(staged, 1):
        rid = f"{ID_PREFIX}{n:04d}"
        records.append({"id": rid, **rec})
        if check:
            checks.append((rid, *check))
    return records, checks


def serialize(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ---------------------------------------------------------------- self-checks


def self_check(records, checks, modules) -> list[str]:
    """Every problem found, as a list of messages (empty when all is well)."""
    errors = []

    def fail(msg):
        errors.append(msg)

    assert len(TECHNIQUES) == 30 and len(INVENTED) >= 4 and set(INVENTED) <= set(TECHNIQUES)
    if len(GENRES) != 25 or sum(n for n, _ in GENRES.values()) != PER_LANG:
        fail(f"genre table: {len(GENRES)} genres, {sum(n for n, _ in GENRES.values())} texts per language")
    if [m.LANG for m in modules] != list(LANGS):
        fail("language modules out of order")

    # key order, ids, labels, fields
    ids = [r["id"] for r in records]
    if ids != [f"{ID_PREFIX}{n:04d}" for n in range(1, 2 * PER_LANG * len(LANGS) + 1)]:
        fail("ids are not inj-heldout20-0001 … -0720 in order")
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    for r in records:
        if tuple(r) != KEYS:
            fail(f"{r['id']}: key order {tuple(r)}")
        if r["label"] not in ("injection", "benign"):
            fail(f"{r['id']}: label {r['label']}")
        if r["field"] not in FIELDS:
            fail(f"{r['id']}: field {r['field']}")
        if r["lang"] not in LANGS:
            fail(f"{r['id']}: lang {r['lang']}")
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            fail(f"{r['id']}: technique {r['technique']}")
        if r["label"] == "benign" and r["technique"] not in GENRES:
            fail(f"{r['id']}: genre {r['technique']}")
        n = len(r["text"])
        if not MIN_LEN <= n <= MAX_LEN:
            fail(f"{r['id']}: length {n} outside {MIN_LEN}–{MAX_LEN}")
        if r["text"] != r["text"].strip():
            fail(f"{r['id']}: leading or trailing whitespace")
        if "{p}" in r["text"]:
            fail(f"{r['id']}: unfilled template")

    # counts: 60 + 60 per language, 2 per technique and language, the genre table per language
    per = Counter((r["lang"], r["label"]) for r in records)
    for lang in LANGS:
        for label in ("injection", "benign"):
            if per[(lang, label)] != PER_LANG:
                fail(f"{lang} {label}: {per[(lang, label)]} records, want {PER_LANG}")
    tech = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "injection")
    gen = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "benign")
    for lang in LANGS:
        for t in TECHNIQUES:
            if tech[(lang, t)] != 2:
                fail(f"{lang} {t}: {tech[(lang, t)]} records, want 2")
        for g, (want, _) in GENRES.items():
            if gen[(lang, g)] != want:
                fail(f"{lang} {g}: {gen[(lang, g)]} records, want {want}")

    # no text twice, not even between labels or languages
    texts = Counter(r["text"] for r in records)
    for t, k in texts.items():
        if k > 1:
            fail(f"text appears {k} times: {t[:60]!r}")

    # every field carries both labels
    fields = Counter((r["field"], r["label"]) for r in records)
    for f in FIELDS:
        if not fields[(f, "injection")] or not fields[(f, "benign")]:
            fail(f"field {f}: injection {fields[(f, 'injection')]}, benign {fields[(f, 'benign')]}")

    # obfuscated payloads: each decodes to its plain instruction, which is not in the text as such
    by_id = {r["id"]: r for r in records}
    seen = Counter()
    for rid, codec, encoded, plain in checks:
        r = by_id[rid]
        seen[r["technique"]] += 1
        if codec not in TECHNIQUE_CODECS.get(r["technique"], ()):
            fail(f"{rid}: codec {codec} for {r['technique']}")
        if encoded not in r["text"]:
            fail(f"{rid}: encoded payload not in text")
        if CODECS[codec][1](encoded) != plain:
            fail(f"{rid}: {codec} payload does not decode to its plain instruction")
        if plain in r["text"] or encoded == plain:
            fail(f"{rid}: plain instruction visible as such")
        if codec == "zw" and not any(z in r["text"] for z in _ZW):
            fail(f"{rid}: no zero-width character")
        if codec == "homoglyph" and not any(c in _UNGLYPHS for c in r["text"]):
            fail(f"{rid}: no look-alike letter")
    for t in ("leetspeak", "spacing", "homoglyph", "zero_width", "base64", "cipher"):
        if seen[t] != 2 * len(LANGS):
            fail(f"{t}: {seen[t]} decodable payloads, want {2 * len(LANGS)}")
    if seen["url_payload"] < len(LANGS):
        fail(f"url_payload: {seen['url_payload']} encoded payloads, want at least one per language")
    # the invisible characters occur only where they are meant to
    for r in records:
        if r["technique"] != "zero_width" and any(z in r["text"] for z in _ZW):
            fail(f"{r['id']}: stray zero-width character")
    return errors


def summary(records) -> str:
    lines = []
    per = Counter((r["label"], r["lang"]) for r in records)
    lines.append("records: " + ", ".join(f"{label} {lang} {per[(label, lang)]}" for label in ("injection", "benign") for lang in LANGS))
    fields = Counter((r["field"], r["label"]) for r in records)
    lines.append("fields (injection/benign): " + ", ".join(f"{f} {fields[(f, 'injection')]}/{fields[(f, 'benign')]}" for f in FIELDS))
    for label in ("injection", "benign"):
        lens = sorted(len(r["text"]) for r in records if r["label"] == label)
        lines.append(f"length {label}: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")
    return "\n".join(lines)
