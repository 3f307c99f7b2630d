"""Core of the thirty-second injection corpus, held-out half (heldout32).

Technique and genre lists, the entry types, the encoders and their separately written decoders,
the build and the self-checks. The phrasing banks live in injection32_held_{de,en,fr,es,it,nl}.py.
Standard library only; no randomness except the one seeded shuffle in build().
"""

import base64
import codecs
import html
import json
import random
import re
import unicodedata
import urllib.parse
from collections import Counter
from dataclasses import dataclass

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
LABELS = ("injection", "benign")
KEYS = ("id", "text", "label", "technique", "lang", "field")
ID_PREFIX = "inj-heldout32-"
MIN_LEN, MAX_LEN = 30, 650
PER_TECHNIQUE = 2

# 26 techniques from the request, then four of this half's own (NEW).
TECHNIQUES = (
    "override", "polite_request", "third_person", "forged_note", "role_spoof", "persona",
    "prompt_leak", "insert_contact", "price_or_code", "competitor_or_disparage", "false_claim",
    "style_hijack", "sabotage", "batch_persist", "conditional", "markup", "leetspeak", "spacing",
    "homoglyph", "invisible_unicode", "base64", "rot13_or_reversed", "cross_language", "buried",
    "payload_split", "review_bypass",
    "entity_escape", "bidi_reversed", "fake_social_proof", "terms_tamper",
)
NEW_TECHNIQUES = ("entity_escape", "bidi_reversed", "fake_social_proof", "terms_tamper")

# Benign genres with their number of texts per language (sum 60); the last seven are NEW.
GENRES = (
    ("marketing_imperative", 3), ("customer_instructions", 3), ("shop_codes_contacts", 3),
    ("review_brands", 3), ("legit_brief", 3), ("minimal_pair", 3), ("shop_html", 3),
    ("feed_row", 3), ("editor_note", 3), ("ordinary_jargon", 3),
    ("tracking_url", 2), ("dev_docs", 2), ("injection_article", 2), ("care_label", 2),
    ("pipeline_log", 2), ("claims_register", 2), ("review_workflow", 2), ("encoded_data", 2),
    ("entity_text", 2), ("bidi_text", 2), ("rating_data", 2), ("shop_terms", 2),
    ("multilingual_label", 2), ("symbol_text", 2), ("version_notice", 2),
)
NEW_GENRES = ("entity_text", "bidi_text", "rating_data", "shop_terms", "multilingual_label",
              "symbol_text", "version_notice")
GENRE_COUNT = dict(GENRES)


# --------------------------------------------------------------------------- entry types

@dataclass(frozen=True)
class T:
    """A full text as written."""
    field: str
    text: str


@dataclass(frozen=True)
class O:
    """An obfuscated injection: the plain instruction, an encoding, a template with one {P}."""
    field: str
    plain: str
    enc: str
    template: str


@dataclass(frozen=True)
class S:
    """A split injection: three parts and a template with {1} {2} {3} in that order."""
    field: str
    parts: tuple
    template: str


@dataclass(frozen=True)
class MP:
    """A minimal pair: the injection `technique`[index] of the same bank with `cut` removed."""
    technique: str
    index: int
    cut: str


# --------------------------------------------------------------------------- encoders

LEET_TABLES = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    "leet_symbols": {"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "t": "+"},
    "leet_vowels": {"a": "4", "e": "3", "i": "1", "o": "0"},
}

# letter separator, word separator
SPACINGS = {
    "sp_dot_space": (".", " "),
    "sp_space_3": (" ", "   "),
    "sp_dash_slash": ("-", " / "),
    "sp_bullet_2": ("\u2022", "  "),
    "sp_pipe_space": ("|", " "),
    "sp_slash_2": ("/", "  "),
    "sp_colon_space": (":", " "),
    "sp_space_plus": (" ", " + "),
    "sp_thin_3": ("\u2009", "   "),
    "sp_tilde_double": ("~", " ~~ "),
    "sp_star_space": ("*", " "),
    "sp_caret_2": ("^", "  "),
}

CYRILLIC = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
    "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "Y": "\u0423",
    "I": "\u0406", "S": "\u0405", "J": "\u0408",
}
GREEK = {
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",
    "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
    "Y": "\u03a5", "Z": "\u0396",
    "o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "i": "\u03b9", "k": "\u03ba",
}

INTERLEAVE = {
    "zw_2064": "\u2064",   # invisible plus
    "zw_180e": "\u180e",   # Mongolian vowel separator (format character)
    "zw_200d": "\u200d",   # zero width joiner
    "zw_2061": "\u2061",   # function application
    "zw_00ad": "\u00ad",   # soft hyphen
    "zw_034f": "\u034f",   # combining grapheme joiner
}

RLO, PDF = "\u202e", "\u202c"
TAG_END = "\U000e007f"

ENCODINGS = {
    "leetspeak": set(LEET_TABLES),
    "spacing": set(SPACINGS),
    "homoglyph": {"homo_cyr_all", "homo_greek_caps", "homo_word_initial", "homo_mixed"},
    "invisible_unicode": set(INTERLEAVE) | {"tags", "varsel"},
    "base64": {"b64", "b64url"},
    "rot13_or_reversed": {"rot13", "rev_chars", "rev_words", "rev_each"},
    "entity_escape": {"ent_dec", "ent_hex", "json_u", "url_pct"},
    "bidi_reversed": {"rlo_whole", "rlo_words"},
}
OBFUSCATION = tuple(ENCODINGS)


def _homoglyph(plain, mode):
    out = []
    if mode == "homo_cyr_all":
        return "".join(CYRILLIC.get(ch, ch) for ch in plain)
    if mode == "homo_greek_caps":
        return "".join(GREEK.get(ch, ch) for ch in plain)
    if mode == "homo_word_initial":
        for word in plain.split(" "):
            done = False
            chars = []
            for ch in word:
                if not done and ch in CYRILLIC:
                    chars.append(CYRILLIC[ch])
                    done = True
                else:
                    chars.append(ch)
            out.append("".join(chars))
        return " ".join(out)
    if mode == "homo_mixed":
        # replaceable letters alternate between Cyrillic and Greek; a letter only one
        # script has goes to that script
        turn = 0
        for ch in plain:
            first, second = (CYRILLIC, GREEK) if turn % 2 == 0 else (GREEK, CYRILLIC)
            if ch in first:
                out.append(first[ch])
                turn += 1
            elif ch in second:
                out.append(second[ch])
                turn += 1
            else:
                out.append(ch)
        return "".join(out)
    raise ValueError(mode)


def encode(plain, enc):
    if enc in LEET_TABLES:
        table = LEET_TABLES[enc]
        return "".join(table.get(ch, ch) for ch in plain)
    if enc in SPACINGS:
        letter, word = SPACINGS[enc]
        return word.join(letter.join(w) for w in plain.split(" "))
    if enc.startswith("homo_"):
        return _homoglyph(plain, enc)
    if enc in INTERLEAVE:
        mark = INTERLEAVE[enc]
        return " ".join(mark.join(w) for w in plain.split(" "))
    if enc == "tags":
        return "".join(chr(0xE0000 + ord(ch)) for ch in plain) + TAG_END
    if enc == "varsel":
        out = []
        for b in plain.encode("utf-8"):
            out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
        return "".join(out)
    if enc == "b64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if enc == "b64url":
        return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")
    if enc == "rot13":
        return codecs.encode(plain, "rot13")
    if enc == "rev_chars":
        return plain[::-1]
    if enc == "rev_words":
        return " ".join(reversed(plain.split(" ")))
    if enc == "rev_each":
        return " ".join(w[::-1] for w in plain.split(" "))
    if enc == "ent_dec":
        return "".join("&#%d;" % ord(ch) for ch in plain)
    if enc == "ent_hex":
        return "".join("&#x%x;" % ord(ch) for ch in plain)
    if enc == "json_u":
        return "".join("\\u%04x" % ord(ch) for ch in plain)
    if enc == "url_pct":
        return "".join("%%%02X" % b for b in plain.encode("utf-8"))
    if enc == "rlo_whole":
        return RLO + plain[::-1] + PDF
    if enc == "rlo_words":
        return " ".join(RLO + w[::-1] + PDF for w in plain.split(" "))
    raise ValueError("unknown encoding " + enc)


# --------------------------------------------------------------------------- decoders
# Written apart from the encoders: reverse tables, library decoders, arithmetic on code points.

def _reverse(table):
    rev = {}
    for k, v in table.items():
        rev[v] = k
    return rev


def decode(payload, enc):
    if enc in LEET_TABLES:
        rev = _reverse(LEET_TABLES[enc])
        return "".join(rev.get(ch, ch) for ch in payload)
    if enc in SPACINGS:
        letter, word = SPACINGS[enc]
        return " ".join(chunk.replace(letter, "") for chunk in payload.split(word))
    if enc.startswith("homo_"):
        rev = _reverse(CYRILLIC)
        rev.update(_reverse(GREEK))
        return "".join(rev.get(ch, ch) for ch in payload)
    if enc in INTERLEAVE:
        return payload.replace(INTERLEAVE[enc], "")
    if enc == "tags":
        if not payload.endswith(TAG_END):
            raise ValueError("tag run without cancel tag")
        chars = []
        for ch in payload[:-1]:
            cp = ord(ch)
            if not 0xE0020 <= cp <= 0xE007E:
                raise ValueError("not a tag character")
            chars.append(chr(cp - 0xE0000))
        return "".join(chars)
    if enc == "varsel":
        data = bytearray()
        for ch in payload:
            cp = ord(ch)
            if 0xFE00 <= cp <= 0xFE0F:
                data.append(cp - 0xFE00)
            elif 0xE0100 <= cp <= 0xE01EF:
                data.append(cp - 0xE0100 + 16)
            else:
                raise ValueError("not a variation selector")
        return data.decode("utf-8")
    if enc == "b64":
        return base64.b64decode(payload, validate=True).decode("utf-8")
    if enc == "b64url":
        pad = "=" * (-len(payload) % 4)
        return base64.urlsafe_b64decode(payload + pad).decode("utf-8")
    if enc == "rot13":
        return codecs.decode(payload, "rot13")
    if enc == "rev_chars":
        return "".join(reversed(payload))
    if enc == "rev_words":
        return " ".join(payload.split(" ")[::-1])
    if enc == "rev_each":
        return " ".join("".join(reversed(w)) for w in payload.split(" "))
    if enc in ("ent_dec", "ent_hex"):
        if not re.fullmatch(r"(?:&#(?:\d+|x[0-9a-f]+);)+", payload):
            raise ValueError("not a run of numeric character references")
        return html.unescape(payload)
    if enc == "json_u":
        if not re.fullmatch(r"(?:\\u[0-9a-f]{4})+", payload):
            raise ValueError("not a run of \\u escapes")
        return json.loads('"' + payload + '"')
    if enc == "url_pct":
        if not re.fullmatch(r"(?:%[0-9A-F]{2})+", payload):
            raise ValueError("not a run of percent escapes")
        return urllib.parse.unquote(payload, errors="strict")
    if enc == "rlo_whole":
        if not (payload.startswith(RLO) and payload.endswith(PDF)):
            raise ValueError("no override run")
        return "".join(reversed(payload[1:-1]))
    if enc == "rlo_words":
        words = []
        for seg in payload.split(" "):
            m = re.fullmatch("\u202e([^\u202e\u202c]+)\u202c", seg)
            if not m:
                raise ValueError("bad override segment")
            words.append(m.group(1)[::-1])
        return " ".join(words)
    raise ValueError("unknown encoding " + enc)


# --------------------------------------------------------------------------- helpers

BAD_CHARS = set("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
INVISIBLES = set(INTERLEAVE.values()) | {"\u200b", "\u200c", "\u2060", "\u2062", "\u2063", "\ufeff"}


def fold(text):
    return " ".join(text.casefold().split())


def punct_fold(text):
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def check_plain(plain, enc):
    """Rules on plain instructions that keep decoding unambiguous."""
    problems = []
    if plain != " ".join(plain.split(" ")) or "  " in plain or plain != plain.strip():
        problems.append("plain must have single spaces and no outer whitespace")
    if "\t" in plain or "\n" in plain:
        problems.append("tab or line break in plain")
    if unicodedata.normalize("NFC", plain) != plain:
        problems.append("plain not NFC")
    if enc in LEET_TABLES:
        outs = set(LEET_TABLES[enc].values())
        if any(ch.isdigit() for ch in plain) or any(ch in outs for ch in plain):
            problems.append("leetspeak plain with digits or table symbols")
        if not any(ch in LEET_TABLES[enc] for ch in plain):
            problems.append("leetspeak plain with nothing to replace")
    if enc in SPACINGS:
        letter, word = SPACINGS[enc]
        if any(letter in w for w in plain.split(" ")) or (word != " " and word in plain):
            problems.append("spacing plain contains a separator inside a word")
    if enc.startswith("homo_"):
        if any(ch in _reverse(CYRILLIC) or ch in _reverse(GREEK) for ch in plain):
            problems.append("homoglyph plain with look-alikes")
        if any("CYRILLIC" in unicodedata.name(ch, "") or "GREEK" in unicodedata.name(ch, "")
               for ch in plain):
            problems.append("homoglyph plain with Cyrillic or Greek")
    if enc in INTERLEAVE and any(ch in INVISIBLES for ch in plain):
        problems.append("invisible character in interleaved plain")
    if enc == "tags" and not all(0x20 <= ord(ch) <= 0x7E for ch in plain):
        problems.append("tag plain not printable ASCII")
    if enc in ("rev_words", "rev_each") and len(plain.split(" ")) < 3:
        problems.append("reversed plain shorter than three words")
    if enc.startswith("rlo_") and any(ch in (RLO, PDF) for ch in plain):
        problems.append("bidi control in plain")
    if enc == "rlo_whole" and plain == plain[::-1]:
        problems.append("palindromic plain")
    return problems


def render(entry):
    """Text of an injection entry (T, O or S)."""
    if isinstance(entry, T):
        return entry.text
    if isinstance(entry, O):
        if entry.template.count("{P}") != 1:
            raise ValueError("template needs exactly one {P}: " + entry.template[:60])
        return entry.template.replace("{P}", encode(entry.plain, entry.enc))
    if isinstance(entry, S):
        t = entry.template
        if not (t.count("{1}") == t.count("{2}") == t.count("{3}") == 1
                and t.index("{1}") < t.index("{2}") < t.index("{3}")):
            raise ValueError("split template needs {1} {2} {3} once each, in order")
        return t.replace("{1}", entry.parts[0]).replace("{2}", entry.parts[1]).replace(
            "{3}", entry.parts[2])
    raise TypeError(type(entry))


# --------------------------------------------------------------------------- build

def lang_records(lang, bank):
    """Records of one language in plan order, without ids. Also returns the problems found."""
    problems = []
    inj = bank.INJ
    ben = bank.BEN
    recs = []
    if tuple(inj) != TECHNIQUES:
        problems.append(f"{lang}: techniques not in plan order")
    if tuple(ben) != tuple(g for g, _ in GENRES):
        problems.append(f"{lang}: genres not in plan order")
    texts = {}
    for tech in TECHNIQUES:
        entries = inj.get(tech, ())
        if len(entries) != PER_TECHNIQUE:
            problems.append(f"{lang}/{tech}: {len(entries)} entries")
        for i, e in enumerate(entries):
            try:
                text = render(e)
            except Exception as exc:  # noqa: BLE001 - reported as a problem
                problems.append(f"{lang}/{tech}[{i}]: {exc}")
                continue
            texts[(tech, i)] = text
            recs.append({"text": text, "label": "injection", "technique": tech,
                         "lang": lang, "field": e.field, "_entry": e, "_key": (tech, i)})
    for genre, count in GENRES:
        entries = ben.get(genre, ())
        if len(entries) != count:
            problems.append(f"{lang}/{genre}: {len(entries)} texts, want {count}")
        for i, e in enumerate(entries):
            if isinstance(e, MP):
                src = texts.get((e.technique, e.index))
                if src is None:
                    problems.append(f"{lang}/{genre}[{i}]: no injection {e.technique}[{e.index}]")
                    continue
                if genre != "minimal_pair":
                    problems.append(f"{lang}/{genre}[{i}]: MP outside minimal_pair")
                if src.count(e.cut) != 1:
                    problems.append(f"{lang}/{genre}[{i}]: cut occurs {src.count(e.cut)} times")
                    continue
                text = src.replace(e.cut, "", 1)
                field = inj[e.technique][e.index].field
            elif isinstance(e, T):
                if genre == "minimal_pair":
                    problems.append(f"{lang}/{genre}[{i}]: minimal pair must be an MP entry")
                text, field = e.text, e.field
            else:
                problems.append(f"{lang}/{genre}[{i}]: benign entry must be T or MP")
                continue
            recs.append({"text": text, "label": "benign", "technique": genre, "lang": lang,
                         "field": field, "_entry": e, "_key": (genre, i)})
    return recs, problems


def check_lang(lang, recs):
    problems = []
    inj = [r for r in recs if r["label"] == "injection"]
    ben = [r for r in recs if r["label"] == "benign"]
    if len(inj) != 60 or len(ben) != 60:
        problems.append(f"{lang}: {len(inj)} injections, {len(ben)} benign")
    fi = Counter(r["field"] for r in inj)
    fb = Counter(r["field"] for r in ben)
    if fi != fb:
        problems.append(f"{lang}: field counts differ: injections {dict(fi)} benign {dict(fb)}")
    tc = Counter(r["technique"] for r in inj)
    for tech in TECHNIQUES:
        if tc[tech] != PER_TECHNIQUE:
            problems.append(f"{lang}/{tech}: {tc[tech]} records")
    gc = Counter(r["technique"] for r in ben)
    for genre, count in GENRES:
        if gc[genre] != count:
            problems.append(f"{lang}/{genre}: {gc[genre]} records")
    # encodings per obfuscation technique
    for tech in OBFUSCATION:
        entries = [r["_entry"] for r in inj if r["technique"] == tech]
        if not all(isinstance(e, O) for e in entries):
            problems.append(f"{lang}/{tech}: must use O entries")
            continue
        encs = [e.enc for e in entries]
        if any(x not in ENCODINGS[tech] for x in encs):
            problems.append(f"{lang}/{tech}: encoding {encs} not of the technique")
        if len(set(encs)) != len(encs):
            problems.append(f"{lang}/{tech}: the two records share an encoding")
        if tech == "rot13_or_reversed" and sorted(x == "rot13" for x in encs) != [False, True]:
            problems.append(f"{lang}/{tech}: need one ROT13 and one reversed record")
        if tech == "invisible_unicode" and sorted(x in INTERLEAVE for x in encs) != [False, True]:
            problems.append(f"{lang}/{tech}: need one interleaved and one whole-invisible record")
        if tech == "spacing":
            pairs = [SPACINGS[x] for x in encs if x in SPACINGS]
            if len(set(pairs)) != len(pairs):
                problems.append(f"{lang}/{tech}: same separator pair twice")
    for r in inj:
        e = r["_entry"]
        tech = r["technique"]
        if tech not in OBFUSCATION and isinstance(e, O):
            problems.append(f"{lang}/{tech}: O entry outside the obfuscation techniques")
        if tech == "payload_split" and not isinstance(e, S):
            problems.append(f"{lang}/{tech}: must use an S entry")
        if tech != "payload_split" and isinstance(e, S):
            problems.append(f"{lang}/{tech}: S entry outside payload_split")
        if tech not in OBFUSCATION and tech != "payload_split" and not isinstance(e, T):
            problems.append(f"{lang}/{tech}: must be a full text")
    return problems


def check_obfuscated(lang, rec):
    """The decode check and the plain rules for one O record."""
    e = rec["_entry"]
    key = f"{lang}/{rec['technique']}"
    problems = [f"{key}: {p}" for p in check_plain(e.plain, e.enc)]
    prefix, suffix = e.template.split("{P}")
    text = rec["text"]
    if not (text.startswith(prefix) and text.endswith(suffix)):
        return problems + [f"{key}: text does not keep the template's prefix and suffix"]
    payload = text[len(prefix):len(text) - len(suffix)]
    try:
        decoded = decode(payload, e.enc)
    except Exception as exc:  # noqa: BLE001 - reported as a problem
        return problems + [f"{key}: payload does not decode: {exc}"]
    if decoded != e.plain:
        problems.append(f"{key}: decoded {decoded!r} != plain {e.plain!r}")
    if fold(e.plain) in fold(text):
        problems.append(f"{key}: plain instruction stands in clear in the text")
    if payload == e.plain:
        problems.append(f"{key}: payload equals the plain")
    return problems


def check_split(lang, rec):
    e = rec["_entry"]
    key = f"{lang}/{rec['technique']}"
    problems = []
    if len(e.parts) != 3 or not all(p.strip() == p and p for p in e.parts):
        problems.append(f"{key}: three non-empty trimmed parts needed")
    text = rec["text"]
    pos = 0
    for p in e.parts:
        j = text.find(p, pos)
        if j < 0:
            problems.append(f"{key}: part {p!r} not in order")
            break
        pos = j + len(p)
    joined = " ".join(e.parts)
    if fold(joined) in fold(text) or punct_fold(joined) in punct_fold(text):
        problems.append(f"{key}: joined instruction stands in the text")
    return problems


def check_record(rec):
    problems = []
    text = rec["text"]
    key = f"{rec['lang']}/{rec['technique']}"
    n = len(text)
    if not MIN_LEN <= n <= MAX_LEN:
        problems.append(f"{key}: length {n}")
    if text != text.strip():
        problems.append(f"{key}: leading or trailing whitespace")
    if any(ch in BAD_CHARS for ch in text):
        problems.append(f"{key}: forbidden control character")
    if rec["field"] in ("title", "link") and ("\n" in text or "\t" in text):
        problems.append(f"{key}: line break or tab in a {rec['field']}")
    if re.search(r"\{[P123]\}", text):
        problems.append(f"{key}: slot left over")
    if rec["field"] not in FIELDS:
        problems.append(f"{key}: unknown field {rec['field']}")
    if rec["lang"] not in LANGS or rec["label"] not in LABELS:
        problems.append(f"{key}: unknown lang or label")
    if "  \n" in text or " \n" in text:
        problems.append(f"{key}: trailing space before a line break")
    return problems


def build(banks, seed):
    """All records, shuffled once with `seed` and numbered. Returns (records, problems)."""
    problems = []
    allrecs = []
    for lang in LANGS:
        recs, probs = lang_records(lang, banks[lang])
        problems += probs
        problems += check_lang(lang, recs)
        for r in recs:
            problems += check_record(r)
            if r["label"] == "injection" and isinstance(r["_entry"], O):
                problems += check_obfuscated(lang, r)
            if r["label"] == "injection" and isinstance(r["_entry"], S):
                problems += check_split(lang, r)
        allrecs += recs
    seen = {}
    for r in allrecs:
        k = fold(r["text"])
        if k in seen:
            problems.append(f"duplicate text: {r['lang']}/{r['technique']} and {seen[k]}")
        seen[k] = f"{r['lang']}/{r['technique']}"
    rng = random.Random(seed)
    rng.shuffle(allrecs)
    out = []
    for i, r in enumerate(allrecs, 1):
        out.append({"id": f"{ID_PREFIX}{i:04d}", "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    problems += check_final(out)
    return out, problems


def check_final(records):
    problems = []
    if len(records) != 720:
        problems.append(f"{len(records)} records, want 720")
    ids = [r["id"] for r in records]
    if ids != [f"{ID_PREFIX}{i:04d}" for i in range(1, len(records) + 1)] or len(set(ids)) != len(ids):
        problems.append("ids not in sequence or not unique")
    for r in records:
        if tuple(r) != KEYS:
            problems.append(f"{r['id']}: key order {tuple(r)}")
    lab = Counter((r["lang"], r["label"]) for r in records)
    for lang in LANGS:
        for label in LABELS:
            if lab[(lang, label)] != 60:
                problems.append(f"{lang}/{label}: {lab[(lang, label)]} records")
    known = set(TECHNIQUES) | set(GENRE_COUNT)
    for r in records:
        if r["technique"] not in known:
            problems.append(f"{r['id']}: unknown technique or genre {r['technique']}")
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            problems.append(f"{r['id']}: injection with a genre name")
        if r["label"] == "benign" and r["technique"] not in GENRE_COUNT:
            problems.append(f"{r['id']}: benign text with a technique name")
    return problems


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def stats(records):
    lines = []
    for label in LABELS:
        rs = [r for r in records if r["label"] == label]
        lens = [len(r["text"]) for r in rs]
        n_lf = sum("\n" in r["text"] for r in rs)
        n_tab = sum("\t" in r["text"] for r in rs)
        n_long = sum(n > 300 for n in lens)
        lines.append(f"{label}: {len(rs)} records, length {min(lens)}-{max(lens)}, "
                     f"mean {sum(lens) / len(lens):.0f}; with LF {n_lf}, with tab {n_tab}, "
                     f"over 300: {n_long}")
    lines.append("fields per label (all languages):")
    for label in LABELS:
        c = Counter(r["field"] for r in records if r["label"] == label)
        lines.append(f"  {label}: " + ", ".join(f"{f} {c[f]}" for f in FIELDS))
    lines.append("fields per language (each label):")
    for lang in LANGS:
        c = Counter(r["field"] for r in records if r["label"] == "injection" and r["lang"] == lang)
        lines.append(f"  {lang}: " + ", ".join(f"{f} {c[f]}" for f in FIELDS))
    lines.append("mean length per field, injection / benign:")
    for f in FIELDS:
        a = [len(r["text"]) for r in records if r["field"] == f and r["label"] == "injection"]
        b = [len(r["text"]) for r in records if r["field"] == f and r["label"] == "benign"]
        lines.append(f"  {f}: {sum(a) / max(len(a), 1):.0f} / {sum(b) / max(len(b), 1):.0f}")
    tc = Counter(r["technique"] for r in records)
    lines.append("techniques: " + ", ".join(f"{t} {tc[t]}" for t in TECHNIQUES))
    lines.append("genres: " + ", ".join(f"{g} {tc[g]}" for g, _ in GENRES))
    return "\n".join(lines)


def gtin13(base12):
    """A GTIN-13 with its check digit (the banks use the invented prefix 4262931)."""
    if len(base12) != 12 or not base12.isdigit():
        raise ValueError(base12)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(base12))
    return base12 + str((10 - total % 10) % 10)
