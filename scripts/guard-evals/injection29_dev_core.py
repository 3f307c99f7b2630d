"""Core of the dev half of the twenty-ninth injection corpus (dev29).

Holds the plan (languages, fields, techniques, benign genres and their counts), the entry types the
six language banks use, the encoders and decoders of the obfuscated techniques, the build and the
self-checks. Standard library only. The only randomness is one seeded shuffle of the finished list.
"""

import base64
import codecs
import importlib
import json
import random
import re
import unicodedata
from dataclasses import dataclass

SEED = 290103
ID_PREFIX = "inj-dev29-"
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
KEYS = ("id", "text", "label", "technique", "lang", "field")
MIN_LEN, MAX_LEN = 30, 650

# Per language and per label (the same for injections and benign texts).
FIELD_PLAN = {
    "title": 6,
    "description": 10,
    "review": 10,
    "brief": 9,
    "document": 10,
    "feed_row": 10,
    "link": 5,
}

TECHNIQUES = (
    "override",
    "polite_request",
    "third_person",
    "forged_note",
    "role_spoof",
    "persona",
    "prompt_leak",
    "insert_contact",
    "price_or_code",
    "competitor_or_disparage",
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
    "rot13_or_reversed",
    "cross_language",
    "buried",
    "payload_split",
    "review_bypass",
    # new in this half
    "styled_unicode",
    "morse",
    "phishing",
    "agent_action",
)
NEW_TECHNIQUES = ("styled_unicode", "morse", "phishing", "agent_action")

GENRES = (
    ("marketing_imperative", 3),
    ("customer_instructions", 3),
    ("shop_codes_contacts", 3),
    ("review_brands", 3),
    ("legit_brief", 3),
    ("minimal_pair", 3),
    ("shop_html", 3),
    ("feed_row", 3),
    ("ordinary_jargon", 3),
    ("editor_note", 3),
    ("tracking_url", 2),
    ("dev_docs", 2),
    ("injection_article", 2),
    ("care_label", 2),
    ("pipeline_log", 2),
    ("claims_register", 2),
    ("review_workflow", 2),
    ("encoded_data", 2),
    # new in this half
    ("signal_codes", 2),
    ("styled_text", 2),
    ("service_form", 2),
    ("ops_note", 2),
    ("translator_note", 2),
    ("chat_export", 2),
    ("recall_notice", 2),
)
NEW_GENRES = ("signal_codes", "styled_text", "service_form", "ops_note", "translator_note",
              "chat_export", "recall_notice")

# Which encoding families each obfuscation technique must use, and which families must each occur
# once per language (a technique with two families uses each of them once).
OBFUSCATION = {
    "leetspeak": ("leet",),
    "spacing": ("spaced",),
    "homoglyph": ("homoglyph",),
    "invisible_unicode": ("interleave", "hidden"),
    "base64": ("b64",),
    "rot13_or_reversed": ("rot13", "reversed"),
    "styled_unicode": ("styled",),
    "morse": ("morse",),
}
FAMILY_OF = {
    "leet_digits": "leet", "leet_symbols": "leet",
    "spaced": "spaced",
    "homoglyph": "homoglyph",
    "interleave": "interleave", "zwbin": "hidden", "tags": "hidden",
    "b64": "b64", "b64url": "b64",
    "rot13": "rot13", "rev_chars": "reversed", "rev_words": "reversed",
    "styled": "styled",
    "morse": "morse",
}

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧ mark the instruction a minimal pair cuts out
SLOT = "{P}"
SPLIT_SLOTS = ("{1}", "{2}", "{3}")
BAD_CHARS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


class CheckError(Exception):
    """A self-check failed."""


# ---------------------------------------------------------------------------------------------
# Entry types used by the language banks
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class T:
    """A full text. In an injection, MARK_OPEN/MARK_CLOSE may mark the instruction that a minimal
    pair of the same language cuts out."""
    field: str
    text: str


@dataclass(frozen=True)
class O:
    """An obfuscated injection: `plain` is encoded with `enc` and put into `tpl` at SLOT."""
    field: str
    enc: tuple
    plain: str
    tpl: str


@dataclass(frozen=True)
class S:
    """A split injection: the parts go into the slots {1} {2} {3} of `tpl`; joined with single
    spaces they are the plain instruction."""
    field: str
    parts: tuple
    tpl: str


@dataclass(frozen=True)
class MP:
    """A minimal pair: the injection `INJ[technique][index]` of the same bank with its marked
    instruction cut out. Its field is the injection's field."""
    technique: str
    index: int


# ---------------------------------------------------------------------------------------------
# Encoders and decoders
# ---------------------------------------------------------------------------------------------

LEET = {
    "leet_digits": {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"},
    "leet_symbols": {"a": "@", "e": "3", "i": "!", "o": "0", "s": "$", "t": "+", "b": "8", "g": "9"},
}

CYRILLIC = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455", "h": "\u04bb",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
    "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "I": "\u0406",
    "J": "\u0408", "S": "\u0405",
}
GREEK = {
    "o": "\u03bf", "v": "\u03bd", "p": "\u03c1", "k": "\u03ba", "u": "\u03c5", "a": "\u03b1",
    "i": "\u03b9",
    "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",
    "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
    "Y": "\u03a5", "Z": "\u0396",
}
HOMOGLYPH_BACK = {}
for _table in (CYRILLIC, GREEK):
    for _latin, _glyph in _table.items():
        HOMOGLYPH_BACK[_glyph] = _latin

# Mathematical alphanumeric and other styled letters without holes in A-Z, a-z and 0-9;
# NFKC maps every one of them back to ASCII.
STYLES = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "bold_italic": (0x1D468, 0x1D482, 0x1D7CE),
    "sans": (0x1D5A0, 0x1D5BA, 0x1D7E2),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "mono": (0x1D670, 0x1D68A, 0x1D7F6),
    "fullwidth": (0xFF21, 0xFF41, 0xFF10),
    "circled": (0x24B6, 0x24D0, None),
}

MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....",
    "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
MORSE_BACK = {v: k for k, v in MORSE.items()}

ZW0, ZW1, ZWSEP = "\u200b", "\u200c", "\u200d"


def _styled_char(ch, style):
    upper, lower, digit = STYLES[style]
    if "A" <= ch <= "Z":
        return chr(upper + ord(ch) - 65)
    if "a" <= ch <= "z":
        return chr(lower + ord(ch) - 97)
    if "0" <= ch <= "9" and digit is not None:
        return chr(digit + ord(ch) - 48)
    return ch


def encode(enc, plain):
    kind = enc[0]
    if kind in LEET:
        table = LEET[kind]
        return "".join(table.get(c, c) for c in plain)
    if kind == "spaced":
        lsep, wsep = enc[1], enc[2]
        return wsep.join(lsep.join(word) for word in plain.split(" "))
    if kind == "homoglyph":
        mode = enc[1]
        out, n = [], 0
        for c in plain:
            cands = [t[c] for t in (CYRILLIC, GREEK) if c in t]
            if not cands:
                out.append(c)
                continue
            n += 1
            if mode == "cyrillic":
                out.append(CYRILLIC.get(c, c))
            elif mode == "greek":
                out.append(GREEK.get(c, c))
            elif mode == "alternate":  # Cyrillic and Greek in turn where both exist
                out.append(cands[n % len(cands)])
            elif mode.startswith("every"):  # every n-th replaceable letter, Cyrillic first
                step = int(mode[5:])
                out.append(cands[0] if n % step == 1 % step else c)
            else:
                raise CheckError("unknown homoglyph mode %r" % mode)
        return "".join(out)
    if kind == "interleave":
        chars = enc[1]
        out, k = [], 0
        words = plain.split(" ")
        for w_i, word in enumerate(words):
            if w_i:
                out.append(" ")
            for c_i, c in enumerate(word):
                if c_i:
                    out.append(chars[k % len(chars)])
                    k += 1
                out.append(c)
        return "".join(out)
    if kind == "zwbin":
        return ZWSEP.join("".join(ZW1 if bit == "1" else ZW0 for bit in format(b, "08b"))
                          for b in plain.encode("utf-8"))
    if kind == "tags":
        return "".join(chr(0xE0000 + ord(c)) for c in plain)
    if kind == "b64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if kind == "b64url":
        return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")
    if kind == "rot13":
        return codecs.encode(plain, "rot13")
    if kind == "rev_chars":
        return plain[::-1]
    if kind == "rev_words":
        return " ".join(reversed(plain.split(" ")))
    if kind == "styled":
        return "".join(_styled_char(c, enc[1]) for c in unicodedata.normalize("NFD", plain))
    if kind == "morse":
        dot, dash, lsep, wsep = enc[1], enc[2], enc[3], enc[4]
        return wsep.join(lsep.join(MORSE[c].replace(".", "\x00").replace("-", dash).replace("\x00", dot)
                                   for c in word) for word in plain.split(" "))
    raise CheckError("unknown encoding %r" % (enc,))


def decode(enc, payload):
    kind = enc[0]
    if kind in LEET:
        back = {v: k for k, v in LEET[kind].items()}
        return "".join(back.get(c, c) for c in payload)
    if kind == "spaced":
        lsep, wsep = enc[1], enc[2]
        return " ".join(w.replace(lsep, "") for w in payload.split(wsep))
    if kind == "homoglyph":
        return "".join(HOMOGLYPH_BACK.get(c, c) for c in payload)
    if kind == "interleave":
        return "".join(c for c in payload if c not in enc[1])
    if kind == "zwbin":
        return bytes(int("".join("1" if c == ZW1 else "0" for c in chunk), 2)
                     for chunk in payload.split(ZWSEP)).decode("utf-8")
    if kind == "tags":
        return "".join(chr(ord(c) - 0xE0000) for c in payload)
    if kind == "b64":
        return base64.b64decode(payload, validate=True).decode("utf-8")
    if kind == "b64url":
        return base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8")
    if kind == "rot13":
        return codecs.decode(payload, "rot13")
    if kind == "rev_chars":
        return payload[::-1]
    if kind == "rev_words":
        return " ".join(reversed(payload.split(" ")))
    if kind == "styled":
        return unicodedata.normalize("NFKC", payload)
    if kind == "morse":
        dot, dash, lsep, wsep = enc[1], enc[2], enc[3], enc[4]
        words = []
        for word in payload.split(wsep):
            letters = []
            for sym in word.split(lsep):
                code = sym.replace(dot, ".").replace(dash, "-")
                letters.append(MORSE_BACK[code])
            words.append("".join(letters))
        return " ".join(words)
    raise CheckError("unknown encoding %r" % (enc,))


def _plain_constraints(enc, plain):
    """Rules on a plain instruction that keep its encoding decodable without ambiguity."""
    kind = enc[0]
    problems = []
    if "  " in plain or plain != plain.strip():
        problems.append("double or outer spaces")
    if kind in LEET:
        if plain != plain.lower():
            problems.append("leetspeak plain must be lower case")
        bad = set(LEET[kind].values()) | set("0123456789")
        if any(c in bad for c in plain):
            problems.append("leetspeak plain holds a digit or leet symbol")
    elif kind == "spaced":
        lsep, wsep = enc[1], enc[2]
        for word in plain.split(" "):
            if lsep in word or wsep.strip() and wsep.strip() in word or not word:
                problems.append("separator inside a word: %r" % word)
        if lsep == " " and wsep.startswith(" ") and wsep.strip() == "":
            if len(wsep) < 3:
                problems.append("space-only word separator must be at least three spaces")
    elif kind == "homoglyph":
        if any(c in HOMOGLYPH_BACK for c in plain):
            problems.append("homoglyph plain already holds a look-alike")
    elif kind == "interleave":
        if any(c in enc[1] for c in plain):
            problems.append("interleave plain holds an invisible character")
    elif kind == "tags":
        if not all(32 <= ord(c) < 127 for c in plain):
            problems.append("tag plain must be printable ASCII")
    elif kind == "styled":
        if unicodedata.normalize("NFKC", plain) != plain:
            problems.append("styled plain is not NFKC-stable")
    elif kind == "morse":
        for word in plain.split(" "):
            if not word or any(c not in MORSE for c in word):
                problems.append("morse plain must be capitals A-Z and digits: %r" % word)
        dot, dash, lsep, wsep = enc[1], enc[2], enc[3], enc[4]
        if len({dot, dash, lsep, wsep}) != 4 or lsep in (dot, dash) or dot in wsep or dash in wsep:
            problems.append("morse symbols must differ")
    return problems


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------

def _fold(text):
    return " ".join(text.casefold().split())


def _punct_fold(text):
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def load_bank(lang):
    return importlib.import_module("injection29_dev_%s" % lang)


def _strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _cut_marked(text):
    i, j = text.index(MARK_OPEN), text.index(MARK_CLOSE)
    return text[:i] + text[j + 1:]


def _render_injection(entry, technique, lang, where):
    """Returns (text, info) for one injection entry; info records what the checks need."""
    if isinstance(entry, T):
        return _strip_marks(entry.text), {"kind": "T", "marked": MARK_OPEN in entry.text}
    if isinstance(entry, O):
        if entry.tpl.count(SLOT) != 1:
            raise CheckError("%s: template needs exactly one %s" % (where, SLOT))
        problems = _plain_constraints(entry.enc, entry.plain)
        if problems:
            raise CheckError("%s: %s" % (where, "; ".join(problems)))
        encoded = encode(entry.enc, entry.plain)
        return entry.tpl.replace(SLOT, encoded), {"kind": "O", "encoded": encoded}
    if isinstance(entry, S):
        text = entry.tpl
        for slot, part in zip(SPLIT_SLOTS, entry.parts):
            if text.count(slot) != 1:
                raise CheckError("%s: split template needs %s once" % (where, slot))
            text = text.replace(slot, part)
        return text, {"kind": "S"}
    raise CheckError("%s: unknown injection entry %r" % (where, entry))


def build_records():
    records = []  # (text, label, technique, lang, field, entry, info)
    for lang in LANGS:
        bank = load_bank(lang)
        if getattr(bank, "LANG", None) != lang:
            raise CheckError("bank %s: LANG is %r" % (lang, getattr(bank, "LANG", None)))
        if tuple(bank.INJ) != TECHNIQUES:
            raise CheckError("bank %s: techniques not in the plan's order: %s"
                             % (lang, sorted(set(bank.INJ) ^ set(TECHNIQUES))))
        if tuple(bank.BEN) != tuple(g for g, _ in GENRES):
            raise CheckError("bank %s: genres not in the plan's order: %s"
                             % (lang, sorted(set(bank.BEN) ^ {g for g, _ in GENRES})))
        inj_rendered = {}
        for technique in TECHNIQUES:
            entries = bank.INJ[technique]
            if len(entries) != 2:
                raise CheckError("bank %s: %s has %d entries" % (lang, technique, len(entries)))
            for k, entry in enumerate(entries):
                where = "%s/%s/%d" % (lang, technique, k)
                text, info = _render_injection(entry, technique, lang, where)
                inj_rendered[(technique, k)] = (entry, text, info)
                records.append((text, "injection", technique, lang, entry.field, entry, info))
        referenced = set()
        for genre, count in GENRES:
            entries = bank.BEN[genre]
            if len(entries) != count:
                raise CheckError("bank %s: genre %s has %d texts, plan %d"
                                 % (lang, genre, len(entries), count))
            for k, entry in enumerate(entries):
                where = "%s/%s/%d" % (lang, genre, k)
                if genre == "minimal_pair":
                    if not isinstance(entry, MP):
                        raise CheckError("%s: minimal_pair needs an MP entry" % where)
                    key = (entry.technique, entry.index)
                    if key not in inj_rendered or key in referenced:
                        raise CheckError("%s: bad or repeated reference %r" % (where, key))
                    referenced.add(key)
                    src, src_text, _ = inj_rendered[key]
                    if not isinstance(src, T) or src.text.count(MARK_OPEN) != 1 \
                            or src.text.count(MARK_CLOSE) != 1 \
                            or src.text.index(MARK_OPEN) > src.text.index(MARK_CLOSE):
                        raise CheckError("%s: source must be a full text with one marked span" % where)
                    text = _cut_marked(src.text)
                    info = {"kind": "MP", "source": src_text,
                            "span": src.text[src.text.index(MARK_OPEN) + 1:src.text.index(MARK_CLOSE)],
                            "at": src.text.index(MARK_OPEN)}
                    records.append((text, "benign", genre, lang, src.field, entry, info))
                else:
                    if not isinstance(entry, T):
                        raise CheckError("%s: benign texts are full texts" % where)
                    if MARK_OPEN in entry.text or MARK_CLOSE in entry.text:
                        raise CheckError("%s: marks in a benign text" % where)
                    records.append((entry.text, "benign", genre, lang, entry.field, entry,
                                    {"kind": "T"}))
        for (technique, k), (entry, _, info) in inj_rendered.items():
            if info.get("marked") and (technique, k) not in referenced:
                raise CheckError("%s/%s/%d: marked span without a minimal pair" % (lang, technique, k))

    check_records(records)
    rng = random.Random(SEED)
    order = list(range(len(records)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        text, label, technique, lang, field, _, _ = records[i]
        out.append({"id": "%s%04d" % (ID_PREFIX, n), "text": text, "label": label,
                    "technique": technique, "lang": lang, "field": field})
    check_output(out)
    return out


def check_records(records):
    if len(records) != 120 * len(LANGS):
        raise CheckError("%d records expected, got %d" % (120 * len(LANGS), len(records)))
    seen = {}
    per = {}
    genre_names = {g for g, _ in GENRES}
    for text, label, technique, lang, field, entry, info in records:
        where = "%s/%s/%s" % (lang, label, technique)
        per.setdefault((lang, label), []).append((technique, field))
        if field not in FIELDS:
            raise CheckError("%s: unknown field %r" % (where, field))
        if label == "injection" and technique not in TECHNIQUES:
            raise CheckError("%s: unknown technique" % where)
        if label == "benign" and technique not in genre_names:
            raise CheckError("%s: unknown genre" % where)
        if not MIN_LEN <= len(text) <= MAX_LEN:
            raise CheckError("%s: length %d outside %d-%d: %r" % (where, len(text), MIN_LEN, MAX_LEN,
                                                                 text[:80]))
        if text != text.strip():
            raise CheckError("%s: leading or trailing whitespace: %r" % (where, text[:60]))
        for bad in BAD_CHARS:
            if bad in text:
                raise CheckError("%s: forbidden control or line separator %r" % (where, bad))
        for leftover in (SLOT,) + SPLIT_SLOTS + (MARK_OPEN, MARK_CLOSE):
            if leftover in text:
                raise CheckError("%s: leftover %r" % (where, leftover))
        key = _fold(text)
        if key in seen:
            raise CheckError("%s: duplicate text (also %s): %r" % (where, seen[key], text[:80]))
        seen[key] = where
        # technique-specific checks
        if label == "injection":
            fams = OBFUSCATION.get(technique)
            if fams:
                if not isinstance(entry, O):
                    raise CheckError("%s: an obfuscation technique needs an O entry" % where)
                fam = FAMILY_OF.get(entry.enc[0])
                if fam not in fams:
                    raise CheckError("%s: encoding %r does not belong to %s" % (where, entry.enc, technique))
                _decode_check(text, entry, where)
            elif technique == "payload_split":
                if not isinstance(entry, S):
                    raise CheckError("%s: payload_split needs an S entry" % where)
                _split_check(text, entry, where)
            elif not isinstance(entry, T):
                raise CheckError("%s: a plain technique needs a full text" % where)
        elif info["kind"] == "MP":
            source, span, at = info["source"], info["span"], info["at"]
            if not span.strip() or source != text[:at] + span + text[at:] or source == text:
                raise CheckError("%s: minimal pair is not its injection minus one span" % where)
    # counts per language, label, technique, genre and field
    for lang in LANGS:
        inj = per.get((lang, "injection"), [])
        ben = per.get((lang, "benign"), [])
        if len(inj) != 60 or len(ben) != 60:
            raise CheckError("%s: %d injections and %d benign texts, 60 + 60 expected"
                             % (lang, len(inj), len(ben)))
        for technique in TECHNIQUES:
            n = sum(1 for t, _ in inj if t == technique)
            if n != 2:
                raise CheckError("%s: technique %s has %d records" % (lang, technique, n))
        for genre, count in GENRES:
            n = sum(1 for t, _ in ben if t == genre)
            if n != count:
                raise CheckError("%s: genre %s has %d records" % (lang, genre, n))
        for label, rows in (("injection", inj), ("benign", ben)):
            counts = {f: sum(1 for _, fld in rows if fld == f) for f in FIELDS}
            if counts != FIELD_PLAN:
                raise CheckError("%s %s: field counts %s, plan %s" % (lang, label, counts, FIELD_PLAN))
    # each family of a two-family technique once per language
    for lang in LANGS:
        for technique, fams in OBFUSCATION.items():
            if len(fams) == 2:
                got = sorted(FAMILY_OF[e.enc[0]] for (_, lb, tq, lg, _, e, _) in records
                             if lg == lang and lb == "injection" and tq == technique)
                if got != sorted(fams):
                    raise CheckError("%s/%s: families %s, expected one of each of %s"
                                     % (lang, technique, got, fams))


def _decode_check(text, entry, where):
    prefix, suffix = entry.tpl.split(SLOT)
    if not (text.startswith(prefix) and text.endswith(suffix)) or len(prefix) + len(suffix) > len(text):
        raise CheckError("%s: template prefix or suffix not found" % where)
    payload = text[len(prefix):len(text) - len(suffix)]
    decoded = decode(entry.enc, payload)
    if decoded != entry.plain:
        raise CheckError("%s: decoded %r != plain %r" % (where, decoded, entry.plain))
    if entry.plain.casefold() in text.casefold():
        raise CheckError("%s: plain instruction stands in clear in the text" % where)
    if payload == entry.plain:
        raise CheckError("%s: encoding left the instruction unchanged" % where)


def _split_check(text, entry, where):
    if len(entry.parts) != 3 or any(not p.strip() for p in entry.parts):
        raise CheckError("%s: three non-empty parts expected" % where)
    pos = 0
    for part in entry.parts:
        i = text.find(part, pos)
        if i < 0:
            raise CheckError("%s: part %r not found in order" % (where, part))
        pos = i + len(part)
    plain = " ".join(entry.parts)
    if plain.casefold() in text.casefold() or _punct_fold(plain) in _punct_fold(text):
        raise CheckError("%s: the joined instruction stands in the text" % where)


def check_output(records):
    ids = [r["id"] for r in records]
    if ids != ["%s%04d" % (ID_PREFIX, n) for n in range(1, len(records) + 1)] or len(set(ids)) != len(ids):
        raise CheckError("ids not 0001-%04d in order" % len(records))
    for r in records:
        if tuple(r) != KEYS:
            raise CheckError("%s: key order %s" % (r["id"], tuple(r)))
        if r["label"] not in ("injection", "benign") or r["lang"] not in LANGS or r["field"] not in FIELDS:
            raise CheckError("%s: unknown label, language or field" % r["id"])


def serialize(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def build_bytes():
    return serialize(build_records())
