"""Machinery of the dev half of the twentieth injection corpus (dev20): technique and genre
lists, the seven obfuscations with their decoders, record assembly and the self-checks.

Each language module (`injection20_dev_{de,en,fr,es,it,nl}.py`) holds two dicts:

- `INJ[technique]`: two injections, each a dict with `f` (field) and `c` (the text). A carrier
  with a `{p}` slot takes the payload `p`; for the obfuscations `p` is the plain instruction and
  the slot receives its encoded form; for `payload_split` the slots `{p1}` … take the `parts`,
  which read in order give the instruction.
- `BEN[genre]`: two or three benign texts, each a `(field, text)` pair, except `minimal_pair`,
  whose items are `(technique, index, filler)`: the carrier of that injection with the benign
  `filler` in its slot, in the injection's field.

Standard library only; the one source of randomness is the final shuffle (seed 200103).
"""

import base64
import codecs
import importlib
import json
import random
import sys

sys.dont_write_bytecode = True

SEED = 200103
LANGS = ["de", "en", "fr", "es", "it", "nl"]
FIELDS = ["title", "description", "review", "brief", "document", "feed_row", "link"]
MIN_LEN, MAX_LEN = 30, 650
ID_PREFIX = "inj-dev20-"

TECHNIQUES = [
    "override",  # plain overrides, many wordings, one of the two without a word for "ignore"
    "polite_request",  # one polite request, one question that asks for an action
    "third_person",  # "the assistant should …"
    "authority_note",  # forged editor / QA / legal / system notes
    "role_spoof",  # chat-template tokens, JSON role fields, closing tags
    "persona",  # persona hijacks
    "exfiltration",  # the system prompt / hidden instructions
    "insert_url",  # a URL or a phone number
    "price_or_code",  # one wrong price, one unapproved discount code
    "brand_attack",  # one praise for a competitor, one running the brand down
    "false_claim",  # one false claim, one offensive one
    "output_hijack",  # one tone / language / format change, one sabotage (empty or junk output)
    "batch_persistence",  # "for all following products"
    "conditional",  # conditional triggers
    "markdown",  # Markdown links and images
    "html",  # hidden HTML
    "leetspeak",
    "spacing",
    "homoglyph",
    "zero_width",
    "base64",
    "rot13",
    "reversed",
    "third_language",  # the instruction in another language than its carrier
    "hidden",  # one sentence buried in a long ordinary description or document
    "payload_split",  # a payload split across several fields of one record
    # invented for this half
    "qualifier_strip",  # drop mandatory conditions and limits (incl. VAT, "in lab tests", range of use)
    "fake_social_proof",  # invented ratings, test wins, reviews, endorsements
    "phishing_lure",  # make the copy ask readers for credentials, card or bank data
    "context_exfil",  # copy confidential data from the brief or other inputs into public copy
]
INVENTED = ["qualifier_strip", "fake_social_proof", "phishing_lure", "context_exfil"]

GENRES = [
    "marketing",  # imperatives in ads and titles
    "customer_instructions",  # care, fitting, returns: instructions addressed to customers
    "promo_contact",  # the shop's own promo codes and contact lines
    "review_mentions",  # reviews naming other brands or the AI size advisor
    "legit_brief",  # briefs that ask for a tone, a length, a code or a URL
    "editor_note",  # notes to human writers
    "dev_docs",  # developer docs of a copy pipeline
    "injection_article",  # articles about prompt injection that quote attacks
    "security_training",  # staff security training notes
    "minimal_pair",  # the carrier of an injection of this half with nothing addressed to a model
    "shop_html",  # the shop's HTML with comments and hidden elements
    "faq",  # FAQs with "you must" / "never"
    "brand_guideline",  # the brand's writing rules
    "feed_row",  # plain feed rows
    "tracking_url",  # URLs with tracking parameters
    "encoded_data",  # checksums, base64 tokens, a geocache hint in ROT13
    "quoted_speech",  # customers quoting what someone told them
    "ordinary_jargon",  # system, prompt, override, admin in ordinary senses
    # genres of this half
    "mixed_language",  # texts that switch language without instructing anyone
    "stylised_text",  # letter-spaced logos, gamer tags, shouty titles
    "unicode_text",  # legitimate Cyrillic, Greek, emoji with zero-width joiners
    "conditional_terms",  # "if you order before 2 pm", "for all further orders"
    "chat_transcript",  # support chats with Customer/Agent/Bot labels
    "fraud_warning",  # the shop warning customers about phishing
    "price_notice",  # price information, reductions, reference prices
]

OBFUSCATIONS = ["leetspeak", "spacing", "homoglyph", "zero_width", "base64", "rot13", "reversed"]

# ---------------------------------------------------------------- obfuscations

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LEET_BACK = {v: k for k, v in LEET.items()}

# Latin letters and their Cyrillic (one Greek) look-alikes
HOMOGLYPHS = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "j": "\u0458", "o": "\u043e",
    "p": "\u0440", "s": "\u0455", "x": "\u0445", "y": "\u0443", "v": "\u03bd",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "I": "\u0406",
    "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425",
}
HOMOGLYPHS_BACK = {v: k for k, v in HOMOGLYPHS.items()}

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060"]
SPACING_WORD_GAP = "   "


def enc_leetspeak(s: str) -> str:
    return "".join(LEET.get(c.lower(), c) for c in s)


def dec_leetspeak(s: str) -> str:
    return "".join(LEET_BACK.get(c, c) for c in s)


def leet_expected(s: str) -> str:
    """What decoding gives back: the mapped letters come back in lower case."""
    return "".join(c.lower() if c.lower() in LEET else c for c in s)


def enc_spacing(s: str) -> str:
    return SPACING_WORD_GAP.join(" ".join(word) for word in s.split(" "))


def dec_spacing(s: str) -> str:
    return " ".join(word.replace(" ", "") for word in s.split(SPACING_WORD_GAP))


def enc_homoglyph(s: str) -> str:
    """Every second letter that has a look-alike is swapped, so words mix two scripts."""
    out, n = [], 0
    for c in s:
        if c in HOMOGLYPHS:
            out.append(HOMOGLYPHS[c] if n % 2 == 0 else c)
            n += 1
        else:
            out.append(c)
    return "".join(out)


def dec_homoglyph(s: str) -> str:
    return "".join(HOMOGLYPHS_BACK.get(c, c) for c in s)


def enc_zero_width(s: str) -> str:
    """A zero-width character after every second letter inside a word (cycling through four)."""
    out, n = [], 0
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i + 1 < len(s) and s[i + 1] != " " and i % 2 == 1:
            out.append(ZERO_WIDTH[n % len(ZERO_WIDTH)])
            n += 1
    return "".join(out)


def dec_zero_width(s: str) -> str:
    return "".join(c for c in s if c not in ZERO_WIDTH)


def enc_base64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def dec_base64(s: str) -> str:
    return base64.b64decode(s.encode("ascii")).decode("utf-8")


def enc_rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def dec_rot13(s: str) -> str:
    return codecs.decode(s, "rot13")


def enc_reversed(s: str) -> str:
    return s[::-1]


def dec_reversed(s: str) -> str:
    return s[::-1]


ENCODE = {
    "leetspeak": enc_leetspeak, "spacing": enc_spacing, "homoglyph": enc_homoglyph,
    "zero_width": enc_zero_width, "base64": enc_base64, "rot13": enc_rot13, "reversed": enc_reversed,
}
DECODE = {
    "leetspeak": dec_leetspeak, "spacing": dec_spacing, "homoglyph": dec_homoglyph,
    "zero_width": dec_zero_width, "base64": dec_base64, "rot13": dec_rot13, "reversed": dec_reversed,
}


def check_plain_for(technique: str, plain: str) -> list[str]:
    """The plain instruction must be decodable without loss by its obfuscation."""
    problems = []
    if technique == "leetspeak" and any(c in LEET_BACK for c in plain):
        problems.append("leetspeak payload holds a digit that the decoder would read as a letter")
    if technique == "spacing" and ("  " in plain or plain != plain.strip()):
        problems.append("spacing payload holds a double space or outer spaces")
    if technique == "homoglyph" and any(c in HOMOGLYPHS_BACK for c in plain):
        problems.append("homoglyph payload already holds a look-alike")
    if technique == "zero_width" and any(c in ZERO_WIDTH for c in plain):
        problems.append("zero-width payload already holds a zero-width character")
    if technique == "rot13" and not plain.isascii():
        problems.append("rot13 payload is not ASCII")
    return problems


def expected_decoding(technique: str, plain: str) -> str:
    return leet_expected(plain) if technique == "leetspeak" else plain


# ---------------------------------------------------------------- assembly


def render_injection(technique: str, item: dict) -> str:
    text = item["c"]
    if technique == "payload_split":
        for k, part in enumerate(item["parts"], 1):
            text = text.replace("{p%d}" % k, part)
        return text
    if "p" in item:
        payload = ENCODE[technique](item["p"]) if technique in OBFUSCATIONS else item["p"]
        text = text.replace("{p}", payload)
    return text


def language_module(lang: str):
    return importlib.import_module(f"injection20_dev_{lang}")


def build_records() -> list[dict]:
    """All 720 records, shuffled with the seed, ids assigned in the shuffled order."""
    records = []
    for lang in LANGS:
        mod = language_module(lang)
        for technique in TECHNIQUES:
            for item in mod.INJ[technique]:
                records.append(
                    {"id": "", "text": render_injection(technique, item), "label": "injection",
                     "technique": technique, "lang": lang, "field": item["f"]}
                )
        for genre in GENRES:
            for item in mod.BEN[genre]:
                if genre == "minimal_pair":
                    technique, index, filler = item
                    source = mod.INJ[technique][index]
                    text, field = source["c"].replace("{p}", filler), source["f"]
                else:
                    field, text = item
                records.append(
                    {"id": "", "text": text, "label": "benign", "technique": genre, "lang": lang, "field": field}
                )
    rng = random.Random(SEED)
    rng.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"{ID_PREFIX}{i:04d}"
    return records


def serialise(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ---------------------------------------------------------------- self-checks


def self_check(records: list[dict]) -> list[str]:
    problems: list[str] = []
    keys = ["id", "text", "label", "technique", "lang", "field"]
    ids, texts = set(), {}
    for r in records:
        if list(r) != keys:
            problems.append(f"{r.get('id')}: key order {list(r)}")
        if r["id"] in ids:
            problems.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        if r["text"] in texts:
            problems.append(f"duplicate text: {r['id']} and {texts[r['text']]}")
        texts[r["text"]] = r["id"]
        if r["field"] not in FIELDS:
            problems.append(f"{r['id']}: unknown field {r['field']}")
        if not MIN_LEN <= len(r["text"]) <= MAX_LEN:
            problems.append(f"{r['id']}: length {len(r['text'])} ({r['lang']} {r['technique']})")
        if "{p" in r["text"]:
            problems.append(f"{r['id']}: unfilled slot ({r['lang']} {r['technique']})")
        if r["text"] != r["text"].strip():
            problems.append(f"{r['id']}: outer whitespace")
    if sorted(ids) != [f"{ID_PREFIX}{i:04d}" for i in range(1, 721)]:
        problems.append("ids are not inj-dev20-0001 … -0720")
    for lang in LANGS:
        for label in ("injection", "benign"):
            n = sum(1 for r in records if r["lang"] == lang and r["label"] == label)
            if n != 60:
                problems.append(f"{lang} {label}: {n} records, not 60")
        for technique in TECHNIQUES:
            n = sum(1 for r in records if r["lang"] == lang and r["label"] == "injection" and r["technique"] == technique)
            if n != 2:
                problems.append(f"{lang} {technique}: {n} records, not 2")
        for genre in GENRES:
            n = sum(1 for r in records if r["lang"] == lang and r["label"] == "benign" and r["technique"] == genre)
            if n not in (2, 3):
                problems.append(f"{lang} {genre}: {n} records, not 2 or 3")
    problems += check_sources()
    return problems


def check_sources() -> list[str]:
    """Checks on the language modules themselves: obfuscations decode to their plain
    instruction, split payloads appear in order, minimal pairs have a slot to fill."""
    problems = []
    for lang in LANGS:
        mod = language_module(lang)
        if set(mod.INJ) != set(TECHNIQUES):
            problems.append(f"{lang}: techniques {sorted(set(mod.INJ) ^ set(TECHNIQUES))}")
        if set(mod.BEN) != set(GENRES):
            problems.append(f"{lang}: genres {sorted(set(mod.BEN) ^ set(GENRES))}")
        for technique in TECHNIQUES:
            for k, item in enumerate(mod.INJ.get(technique, [])):
                where = f"{lang} {technique}[{k}]"
                text = render_injection(technique, item)
                if technique in OBFUSCATIONS:
                    plain = item.get("p", "")
                    problems += [f"{where}: {p}" for p in check_plain_for(technique, plain)]
                    encoded = ENCODE[technique](plain)
                    if encoded == plain:
                        problems.append(f"{where}: encoding changes nothing")
                    if DECODE[technique](encoded) != expected_decoding(technique, plain):
                        problems.append(f"{where}: does not decode to its plain instruction")
                    if encoded not in text or plain in text:
                        problems.append(f"{where}: encoded payload missing or plain payload visible")
                    if item["c"].count("{p}") != 1:
                        problems.append(f"{where}: carrier needs exactly one slot")
                elif technique == "payload_split":
                    parts = item["parts"]
                    if len(parts) < 2:
                        problems.append(f"{where}: fewer than two parts")
                    pos = 0
                    for part in parts:
                        found = text.find(part, pos)
                        if found < 0:
                            problems.append(f"{where}: part out of order or missing: {part!r}")
                            break
                        pos = found + len(part)
                elif "p" in item:
                    if item["c"].count("{p}") != 1:
                        problems.append(f"{where}: carrier needs exactly one slot")
        for k, item in enumerate(mod.BEN.get("minimal_pair", [])):
            technique, index, filler = item
            source = mod.INJ[technique][index]
            if "{p}" not in source["c"] or technique in OBFUSCATIONS:
                problems.append(f"{lang} minimal_pair[{k}]: {technique}[{index}] has no plain slot")
            elif filler == source.get("p"):
                problems.append(f"{lang} minimal_pair[{k}]: filler is the payload")
    return problems


def stats(records: list[dict]) -> str:
    lines = []
    for label in ("injection", "benign"):
        sel = [r for r in records if r["label"] == label]
        lengths = sorted(len(r["text"]) for r in sel)
        fields = {f: sum(1 for r in sel if r["field"] == f) for f in FIELDS}
        lines.append(
            f"{label}: {len(sel)} records, length min {lengths[0]} median {lengths[len(lengths) // 2]} "
            f"max {lengths[-1]}; fields " + ", ".join(f"{f} {n}" for f, n in fields.items())
        )
    return "\n".join(lines)
