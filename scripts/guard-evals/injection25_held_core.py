"""Core of the held-out half of the twenty-fifth injection corpus (heldout25).

Technique and genre names, the obfuscating encoders with their decoders, and the builder that
turns the per-language banks (`injection25_held_{de,en,fr,es,it,nl}.py`) into records. Standard
library only; no randomness except the one seeded shuffle in `build()`.

A language bank holds:

- `INJ`: tuples `(technique, field, text)` for plainly written injections, or
  `(technique, field, carrier, plain, kind)` for obfuscated ones, where `carrier` holds `{p}` and
  `plain` is the instruction that `kind` encodes into the payload put in its place;
- `BEN`: tuples `(genre, field, text)`.
"""

import base64
import codecs
import json
import random

SEED = 250203
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
MIN_LEN, MAX_LEN = 30, 650
PER_LANG = 60

# 30 techniques; the last four are this half's own.
TECHNIQUES = (
    "override",            # plain override in many wordings, also without a word for "ignore"
    "polite_request",      # a courteous request addressed to the model
    "question_action",     # a question that asks the model to do something
    "third_person",        # "the assistant / the copy model should ..."
    "forged_note",         # a fake editor, QA, legal or system note
    "role_spoof",          # chat-template tokens, JSON role fields, closing tags
    "voice_hijack",        # persona, tone, language or format change
    "exfiltration",        # print the system prompt or the instructions
    "insert_contact",      # put a foreign URL or phone number in the copy
    "price_code",          # an unapproved discount code or a wrong price
    "brand_attack",        # praise a competitor or run the brand down
    "false_claim",         # a false or offensive claim
    "sabotage",            # empty, junk or useless output
    "batch_persistence",   # "for all following products ..."
    "conditional",         # a trigger: "if the product is X, then ..."
    "markdown",            # Markdown links and images that carry or plant the goal
    "html",                # hidden HTML: comments, display:none, attributes
    "leetspeak",           # 1337 digits for letters
    "letter_split",        # letters spaced out, or zero-width characters between them
    "homoglyph",           # Cyrillic look-alikes for Latin letters
    "invisible_unicode",   # Unicode tag characters, or variation selectors after an emoji
    "base64",              # base64 with a request to decode and follow
    "cipher",              # ROT13 or reversed text
    "third_language",      # the instruction in another language than its carrier
    "buried",              # one sentence inside a long ordinary text
    "payload_split",       # one instruction split across several fields of a record
    # invented for this half
    "feed_column_spoof",   # an extra column or smuggled row in a feed export that holds an order
    "false_memory",        # claims an earlier agreement or a previous session's decision
    "refusal_suppression",  # forbids the model to refuse, warn, check claims or add disclaimers
    "reward_threat",       # promises the model a reward or threatens it to obey
)

GENRES = (
    "marketing_imperative",  # slogans and calls to action ("Order now!", "Ignore the noise ...")
    "customer_instructions",  # steps and rules addressed to customers
    "promo_contact",         # the shop's own promo codes, phone numbers and e-mail addresses
    "review_brands_ai",      # reviews naming other brands or the shop's AI size advisor
    "legit_brief",           # real briefs asking for tone, length, a code or a URL
    "editor_note",           # notes from editors to human copywriters
    "dev_docs",              # developer documentation of the copy pipeline
    "injection_article",     # articles about prompt injection quoting attacks
    "security_training",     # staff security training notes
    "minimal_pair",          # the carrier of an injection, with nothing addressed to a model
    "shop_html",             # the shop's markup with comments and hidden elements
    "faq_must",              # FAQs with "you must" / "never"
    "brand_guideline",       # the brand's writing rules
    "feed_row",              # plain product feed rows
    "tracking_url",          # URLs with tracking parameters
    "encoded_data",          # checksums, base64 tokens, hashes
    "customer_quote",        # customers quoting what someone told them
    "ordinary_terms",        # system / prompt / override / admin in ordinary senses
    "care",                  # care and washing instructions
    "product_description",   # ordinary product copy
    "repair_warranty",       # repair service and guarantee texts
    "translation_note",      # notes to human translators
    "qa_checklist",          # QA checklists quoting forbidden wording
    "return_policy",         # returns and exchange rules
    "changelog",             # release notes of the shop and its tools
)

# ------------------------------------------------------------------ encoders and decoders

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_UNLEET = {v: k for k, v in _LEET.items()}
# Latin -> Cyrillic look-alikes
_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
         "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
         "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d",
         "K": "\u041a", "M": "\u041c", "B": "\u0412"}
_UNHOMO = {v: k for k, v in _HOMO.items()}
_WORD_GAP = "   "


def _vs(b: int) -> str:
    return chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)


def _unvs(ch: str) -> int:
    o = ord(ch)
    return o - 0xFE00 if 0xFE00 <= o <= 0xFE0F else o - 0xE0100 + 16


def encode(kind: str, plain: str) -> str:
    if kind == "leet":
        return "".join(_LEET.get(c.lower(), c) for c in plain)
    if kind == "spaced":
        return _WORD_GAP.join(" ".join(w) for w in plain.split(" "))
    if kind == "zw":
        return "".join(c + "\u200b" for c in plain[:-1]) + plain[-1]
    if kind == "wj":
        return "".join(c + "\u2060" for c in plain[:-1]) + plain[-1]
    if kind == "homoglyph":
        return "".join(_HOMO.get(c, c) for c in plain)
    if kind == "tags":
        return "\U000E0001" + "".join(chr(0xE0000 + ord(c)) for c in plain) + "\U000E007F"
    if kind == "vs":
        return "".join(_vs(b) for b in plain.encode("utf-8"))
    if kind == "b64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if kind == "rot13":
        return codecs.encode(plain, "rot13")
    if kind == "reverse":
        return plain[::-1]
    raise ValueError(kind)


def decode(kind: str, payload: str) -> str:
    if kind == "leet":
        return "".join(_UNLEET.get(c, c) for c in payload).lower()
    if kind == "spaced":
        return " ".join(w.replace(" ", "") for w in payload.split(_WORD_GAP))
    if kind == "zw":
        return payload.replace("\u200b", "")
    if kind == "wj":
        return payload.replace("\u2060", "")
    if kind == "homoglyph":
        return "".join(_UNHOMO.get(c, c) for c in payload)
    if kind == "tags":
        return "".join(chr(ord(c) - 0xE0000) for c in payload[1:-1])
    if kind == "vs":
        return bytes(_unvs(c) for c in payload).decode("utf-8")
    if kind == "b64":
        return base64.b64decode(payload).decode("utf-8")
    if kind in ("rot13",):
        return codecs.decode(payload, "rot13")
    if kind == "reverse":
        return payload[::-1]
    raise ValueError(kind)


def expected_plain(kind: str, plain: str) -> str:
    """What decoding must give back (leetspeak loses letter case)."""
    return plain.lower() if kind == "leet" else plain


KIND_OF = {  # which encoders each obfuscation technique may use
    "leetspeak": ("leet",),
    "letter_split": ("spaced", "zw", "wj"),
    "homoglyph": ("homoglyph",),
    "invisible_unicode": ("tags", "vs"),
    "base64": ("b64",),
    "cipher": ("rot13", "reverse"),
}


def check_plain(kind: str, plain: str) -> None:
    if kind == "leet" and any(c.isdigit() for c in plain):
        raise ValueError(f"leet plain holds digits: {plain!r}")
    if kind == "tags" and any(not (32 <= ord(c) < 127) for c in plain):
        raise ValueError(f"tag plain must be printable ASCII: {plain!r}")
    if kind == "spaced" and ("  " in plain or plain != plain.strip()):
        raise ValueError(f"spaced plain has double spaces: {plain!r}")
    if kind == "homoglyph" and any(c in _UNHOMO for c in plain):
        raise ValueError(f"homoglyph plain already holds look-alikes: {plain!r}")
    if kind == "leet" and any(c in _UNLEET for c in plain):
        raise ValueError(f"leet plain holds digits: {plain!r}")


# ------------------------------------------------------------------ building


def lang_records(lang: str, bank) -> list:
    """Records of one language (unshuffled, without ids), each with a private `_check` entry."""
    out = []
    for item in bank.INJ:
        if len(item) == 3:
            tech, field, text = item
            check = None
        else:
            tech, field, carrier, plain, kind = item
            if kind not in KIND_OF.get(tech, ()):
                raise ValueError(f"{lang}: {tech} cannot use {kind}")
            if carrier.count("{p}") != 1:
                raise ValueError(f"{lang}: carrier without one {{p}}: {carrier!r}")
            check_plain(kind, plain)
            payload = encode(kind, plain)
            text = carrier.replace("{p}", payload)
            check = (kind, plain, payload)
        out.append({"id": None, "text": text, "label": "injection", "technique": tech,
                    "lang": lang, "field": field, "_check": check})
    for genre, field, text in bank.BEN:
        out.append({"id": None, "text": text, "label": "benign", "technique": genre,
                    "lang": lang, "field": field, "_check": None})
    return out


def build(banks: dict) -> tuple:
    """All records (ids assigned after the seeded shuffle) and the file's bytes."""
    records = []
    for lang in LANGS:
        records += lang_records(lang, banks[lang])
    rng = random.Random(SEED)
    rng.shuffle(records)
    lines = []
    for n, r in enumerate(records, 1):
        r["id"] = f"inj-heldout25-{n:04d}"
        public = {k: r[k] for k in ("id", "text", "label", "technique", "lang", "field")}
        lines.append(json.dumps(public, ensure_ascii=False) + "\n")
    return records, "".join(lines).encode("utf-8")


def self_check(records: list, data: bytes) -> list:
    """Problems found in a build; an empty list means it passed."""
    from collections import Counter

    problems = []
    if len(records) != 720:
        problems.append(f"{len(records)} records, not 720")
    per = Counter((r["lang"], r["label"]) for r in records)
    for lang in LANGS:
        for label in ("injection", "benign"):
            if per[(lang, label)] != PER_LANG:
                problems.append(f"{lang} {label}: {per[(lang, label)]} not {PER_LANG}")
    tech = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "injection")
    for lang in LANGS:
        for t in TECHNIQUES:
            if tech[(lang, t)] != 2:
                problems.append(f"{lang} {t}: {tech[(lang, t)]} not 2")
    known = set(TECHNIQUES)
    genres = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "benign")
    for r in records:
        if r["label"] == "injection" and r["technique"] not in known:
            problems.append(f"unknown technique {r['technique']}")
        if r["label"] == "benign" and r["technique"] not in GENRES:
            problems.append(f"unknown genre {r['technique']}")
        if r["field"] not in FIELDS:
            problems.append(f"unknown field {r['field']}")
        if not MIN_LEN <= len(r["text"]) <= MAX_LEN:
            problems.append(f"length {len(r['text'])}: {r['text'][:60]!r}")
        if r["_check"] is not None:
            kind, plain, payload = r["_check"]
            if payload not in r["text"]:
                problems.append(f"payload missing: {r['text'][:60]!r}")
            if decode(kind, payload) != expected_plain(kind, plain):
                problems.append(f"{kind} does not decode: {plain!r}")
            if kind not in ("zw", "wj", "tags", "vs") and plain in r["text"]:
                problems.append(f"plain instruction visible in obfuscated text: {plain!r}")
    for lang in LANGS:
        for g in GENRES:
            if not 2 <= genres[(lang, g)] <= 3:
                problems.append(f"{lang} genre {g}: {genres[(lang, g)]}")
    texts = Counter(r["text"] for r in records)
    problems += [f"duplicate text: {t[:60]!r}" for t, n in texts.items() if n > 1]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids) or sorted(ids) != [f"inj-heldout25-{n:04d}" for n in range(1, 721)]:
        problems.append("ids are not inj-heldout25-0001 ... -0720, each once")
    for line in data.decode("utf-8").splitlines():
        if list(json.loads(line)) != ["id", "text", "label", "technique", "lang", "field"]:
            problems.append(f"key order: {line[:60]!r}")
            break
    return problems
