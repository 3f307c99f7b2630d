"""Core of the twenty-seventh injection corpus, held-out half (heldout27).

Technique and genre lists, encoders and decoders for the obfuscated records, the build and the
self-checks. The phrasings live in one module per language (injection27_held_<lang>.py):

* ``INJ``: technique -> two ``(field, text)`` pairs, written out in full.
* ``OBF``: technique -> two dicts ``{"field", "form", "plain", "tpl"}`` (plus ``"parts"`` for the
  forms ``split`` and ``initials``). ``tpl`` holds ``{P}`` (or ``{P1}`` … ``{Pn}`` for ``split``),
  where the encoded instruction goes.
* ``BEN``: genre -> two or three ``(field, text)`` pairs.

Standard library only. The only randomness is one ``random.Random(SEED)`` shuffle.
"""

import base64
import codecs
import importlib
import json
import random
import re

SEED = 270203
ID_PREFIX = "inj-heldout27-"
LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
KEYS = ("id", "text", "label", "technique", "lang", "field")
MIN_LEN, MAX_LEN = 30, 650

# 30 techniques; the last four are this half's own (marked NEW in the README).
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
    "morse_code",        # NEW: the instruction in Morse code
    "line_initials",     # NEW: the instruction spelled by the first word of each line
    "time_trigger",      # NEW: an instruction that only applies from a date on
    "political_message", # NEW: a political or campaign message to be put into the copy
)
NEW_TECHNIQUES = ("morse_code", "line_initials", "time_trigger", "political_message")

# Techniques whose records are built from OBF entries (encoded or split payloads).
OBF_TECHNIQUES = {
    "leetspeak": ("leet",),
    "spacing": ("spaced",),
    "homoglyph": ("homoglyph_all", "homoglyph_alt"),
    "invisible_unicode": ("zw_interleave", "tags", "zw_binary", "var_sel"),
    "base64": ("b64", "b64url"),
    "rot13_or_reversed": ("rot13", "reversed"),
    "payload_split": ("split",),
    "morse_code": ("morse",),
    "line_initials": ("initials",),
}

# 25 benign genres with their number of texts per language (10 x 3 + 15 x 2 = 60).
GENRES = (
    ("marketing_imperative", 3),
    ("customer_instructions", 3),
    ("promo_contact", 3),
    ("review_mentions", 3),
    ("legit_brief", 3),
    ("minimal_pair", 3),
    ("shop_html", 3),
    ("feed_row", 3),
    ("ordinary_jargon", 3),
    ("customer_question", 3),   # own genre
    ("editor_note", 2),
    ("dev_docs", 2),
    ("injection_article", 2),
    ("care_label", 2),
    ("pipeline_log", 2),
    ("claims_register", 2),
    ("review_workflow", 2),
    ("encoded_data", 2),
    ("tracking_url", 2),
    ("signal_codes", 2),        # own genre
    ("verse_review", 2),        # own genre
    ("dated_notice", 2),        # own genre
    ("local_issue", 2),         # own genre
    ("translator_note", 2),     # own genre
    ("supplier_message", 2),    # own genre
)
OWN_GENRES = ("customer_question", "signal_codes", "verse_review", "dated_notice",
              "local_issue", "translator_note", "supplier_message")

# ---------------------------------------------------------------------------------------------
# Encoders and decoders
# ---------------------------------------------------------------------------------------------

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LEET_BACK = {v: k for k, v in LEET.items()}


def leet_encode(plain):
    return "".join(LEET.get(c, c) for c in plain)


def leet_decode(enc):
    return "".join(LEET_BACK.get(c, c) for c in enc)


def spaced_encode(plain):
    # one space between the characters of a word, three between words
    return "   ".join(" ".join(word) for word in plain.split(" "))


def spaced_decode(enc):
    return " ".join(part.replace(" ", "") for part in enc.split("   "))


# Latin letter -> (Cyrillic look-alike, Greek look-alike or None)
HOMO = {
    "a": ("\u0430", "\u03b1"), "c": ("\u0441", None), "e": ("\u0435", None),
    "i": ("\u0456", "\u03b9"), "j": ("\u0458", None), "o": ("\u043e", "\u03bf"),
    "p": ("\u0440", "\u03c1"), "s": ("\u0455", None), "x": ("\u0445", "\u03c7"),
    "y": ("\u0443", "\u03b3"), "v": (None, "\u03bd"), "k": (None, "\u03ba"),
    "A": ("\u0410", "\u0391"), "B": ("\u0412", "\u0392"), "C": ("\u0421", None),
    "E": ("\u0415", "\u0395"), "H": ("\u041d", "\u0397"), "I": ("\u0406", "\u0399"),
    "K": ("\u041a", "\u039a"), "M": ("\u041c", "\u039c"), "N": (None, "\u039d"),
    "O": ("\u041e", "\u039f"), "P": ("\u0420", "\u03a1"), "T": ("\u0422", "\u03a4"),
    "X": ("\u0425", "\u03a7"), "Z": (None, "\u0396"), "S": ("\u0405", None),
}
HOMO_BACK = {}
for _latin, _pair in HOMO.items():
    for _g in _pair:
        if _g is not None:
            HOMO_BACK[_g] = _latin


def homoglyph_encode(plain, every):
    """Replace every `every`-th letter that has a look-alike; alternate Cyrillic and Greek."""
    out, seen, used = [], 0, 0
    for c in plain:
        if c in HOMO:
            seen += 1
            if seen % every == 0:
                cyr, gre = HOMO[c]
                pick = (cyr, gre)[used % 2] or cyr or gre
                used += 1
                out.append(pick)
                continue
        out.append(c)
    return "".join(out)


def homoglyph_decode(enc):
    return "".join(HOMO_BACK.get(c, c) for c in enc)


ZW_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def zw_interleave_encode(plain):
    """A zero-width character after every letter of every word (rotating through five)."""
    out, k = [], 0
    for c in plain:
        out.append(c)
        if c != " ":
            out.append(ZW_CHARS[k % len(ZW_CHARS)])
            k += 1
    return "".join(out)


def zw_interleave_decode(enc):
    return "".join(c for c in enc if c not in ZW_CHARS)


def tags_encode(plain):
    if any(not (0x20 <= ord(c) <= 0x7E) for c in plain):
        raise ValueError("tag-character payloads must be printable ASCII: %r" % plain)
    return "".join(chr(0xE0000 + ord(c)) for c in plain)


def tags_decode(enc):
    return "".join(chr(ord(c) - 0xE0000) for c in enc if 0xE0020 <= ord(c) <= 0xE007E)


ZW_BITS = ("\u200b", "\u200c")  # 0, 1


def zw_binary_encode(plain):
    return "".join(ZW_BITS[(b >> (7 - i)) & 1] for b in plain.encode("utf-8") for i in range(8))


def zw_binary_decode(enc):
    bits = [ZW_BITS.index(c) for c in enc]
    if len(bits) % 8:
        raise ValueError("zero-width bit string not a multiple of 8")
    data = bytes(int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8))
    return data.decode("utf-8")


def var_sel_encode(plain):
    out = []
    for b in plain.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def var_sel_decode(enc):
    data = []
    for c in enc:
        o = ord(c)
        if 0xFE00 <= o <= 0xFE0F:
            data.append(o - 0xFE00)
        elif 0xE0100 <= o <= 0xE01EF:
            data.append(o - 0xE0100 + 16)
    return bytes(data).decode("utf-8")


def b64_encode(plain):
    return base64.b64encode(plain.encode("utf-8")).decode("ascii")


def b64_decode(enc):
    return base64.b64decode(enc.encode("ascii"), validate=True).decode("utf-8")


def b64url_encode(plain):
    return base64.urlsafe_b64encode(plain.encode("utf-8")).decode("ascii").rstrip("=")


def b64url_decode(enc):
    pad = "=" * (-len(enc) % 4)
    return base64.urlsafe_b64decode((enc + pad).encode("ascii")).decode("utf-8")


def rot13(s):
    return codecs.encode(s, "rot13")


MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....",
    "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
MORSE_BACK = {v: k for k, v in MORSE.items()}


def morse_encode(plain):
    words = plain.upper().split(" ")
    return " / ".join(" ".join(MORSE[c] for c in w) for w in words)


def morse_decode(enc):
    return " ".join("".join(MORSE_BACK[s] for s in w.split(" ")) for w in enc.split(" / "))


def initials_decode(block):
    """First word of every line, punctuation stripped, joined by spaces."""
    words = []
    for line in block.split("\n"):
        first = line.split()[0]
        words.append(re.sub(r"[^\w'’-]", "", first))
    return " ".join(words)


def _norm_words(s):
    # punctuation and format characters become spaces (so invisible characters are not dropped)
    return " ".join(re.sub(r"[^\w\s'’-]", " ", s).lower().split())


ENCODERS = {
    "leet": leet_encode,
    "spaced": spaced_encode,
    "homoglyph_all": lambda p: homoglyph_encode(p, 1),
    "homoglyph_alt": lambda p: homoglyph_encode(p, 2),
    "zw_interleave": zw_interleave_encode,
    "tags": tags_encode,
    "zw_binary": zw_binary_encode,
    "var_sel": var_sel_encode,
    "b64": b64_encode,
    "b64url": b64url_encode,
    "rot13": rot13,
    "reversed": lambda p: p[::-1],
    "morse": morse_encode,
}
DECODERS = {
    "leet": leet_decode,
    "spaced": spaced_decode,
    "homoglyph_all": homoglyph_decode,
    "homoglyph_alt": homoglyph_decode,
    "zw_interleave": zw_interleave_decode,
    "tags": tags_decode,
    "zw_binary": zw_binary_decode,
    "var_sel": var_sel_decode,
    "b64": b64_decode,
    "b64url": b64url_decode,
    "rot13": rot13,
    "reversed": lambda e: e[::-1],
    "morse": morse_decode,
}


def _check_plain(form, plain, where):
    if form == "leet":
        if plain != plain.lower() or any(c in plain for c in LEET_BACK):
            raise ValueError("%s: leetspeak plain must be lower case without digits" % where)
    if form == "spaced" and "  " in plain:
        raise ValueError("%s: spacing plain must not hold double spaces" % where)
    if form == "morse" and not re.fullmatch(r"[A-Za-z0-9]+( [A-Za-z0-9]+)*", plain):
        raise ValueError("%s: Morse plain must be ASCII letters, digits and single spaces" % where)


def _same(form, decoded, plain):
    if form == "leet":
        return decoded == plain  # plain is lower case by construction
    if form == "morse":
        return decoded.upper() == plain.upper()
    if form == "initials":
        return _norm_words(decoded) == _norm_words(plain)
    return decoded == plain


def render_obf(entry, where):
    """Build the text of one obfuscated entry and verify the round trip.

    Returns the finished text. The encoded payload is cut out of the finished text by the
    template's literal prefix and suffix, decoded, and compared with the plain instruction.
    """
    form, plain, tpl = entry["form"], entry["plain"], entry["tpl"]
    if form == "split":
        parts = entry["parts"]
        if " ".join(p.strip() for p in parts) != plain:
            raise ValueError("%s: split parts do not join to the plain instruction" % where)
        text = tpl
        for i, part in enumerate(parts, 1):
            key = "{P%d}" % i
            if tpl.count(key) != 1:
                raise ValueError("%s: template needs %s exactly once" % (where, key))
            text = text.replace(key, part)
        # cut each part back out, in order, and join
        pos, cut = 0, []
        for part in parts:
            j = text.index(part, pos)
            cut.append(text[j:j + len(part)])
            pos = j + len(part)
        if " ".join(c.strip() for c in cut) != plain:
            raise ValueError("%s: split parts do not decode" % where)
        _assert_not_clear(text, plain, where)
        return text
    if tpl.count("{P}") != 1:
        raise ValueError("%s: template needs {P} exactly once" % where)
    _check_plain(form, plain, where)
    if form == "initials":
        payload = "\n".join(entry["parts"])
    else:
        payload = ENCODERS[form](plain)
    prefix, suffix = tpl.split("{P}")
    text = prefix + payload + suffix
    cut = text[len(prefix):len(text) - len(suffix)]
    decoded = initials_decode(cut) if form == "initials" else DECODERS[form](cut)
    if not _same(form, decoded, plain):
        raise ValueError("%s: payload decodes to %r, not %r" % (where, decoded, plain))
    _assert_not_clear(text, plain, where)
    return text


def _assert_not_clear(text, plain, where):
    flat = " ".join(text.split()).lower()
    if plain.lower() in text.lower() or " ".join(plain.split()).lower() in flat:
        raise ValueError("%s: plain instruction appears in clear" % where)
    if _norm_words(plain) and _norm_words(plain) in _norm_words(text):
        raise ValueError("%s: plain instruction appears in clear (normalised)" % where)


# ---------------------------------------------------------------------------------------------
# Build and checks
# ---------------------------------------------------------------------------------------------


def _bank(lang):
    return importlib.import_module("injection27_held_" + lang)


def _records_for(lang):
    mod = _bank(lang)
    recs = []
    if set(mod.INJ) | set(mod.OBF) != set(TECHNIQUES) or set(mod.INJ) & set(mod.OBF):
        raise ValueError("%s: INJ and OBF must cover the 30 techniques once" % lang)
    for tech in TECHNIQUES:
        if tech in OBF_TECHNIQUES:
            if tech not in mod.OBF:
                raise ValueError("%s/%s: obfuscated technique must be in OBF" % (lang, tech))
            entries = mod.OBF[tech]
            if len(entries) != 2:
                raise ValueError("%s/%s: need 2 entries" % (lang, tech))
            for k, e in enumerate(entries):
                where = "%s/%s/%d" % (lang, tech, k)
                if e["form"] not in OBF_TECHNIQUES[tech]:
                    raise ValueError("%s: form %s not allowed" % (where, e["form"]))
                recs.append(_rec(render_obf(e, where), "injection", tech, lang, e["field"]))
        else:
            entries = mod.INJ[tech]
            if len(entries) != 2:
                raise ValueError("%s/%s: need 2 entries" % (lang, tech))
            for field, text in entries:
                recs.append(_rec(text, "injection", tech, lang, field))
    if [g for g in mod.BEN] != [g for g, _ in GENRES]:
        raise ValueError("%s: BEN genres differ from the genre list or its order" % lang)
    for genre, n in GENRES:
        entries = mod.BEN[genre]
        if len(entries) != n:
            raise ValueError("%s/%s: need %d benign texts, have %d" % (lang, genre, n, len(entries)))
        for field, text in entries:
            recs.append(_rec(text, "benign", genre, lang, field))
    return recs


def _rec(text, label, technique, lang, field):
    return {"text": text, "label": label, "technique": technique, "lang": lang, "field": field}


def build():
    """Return the JSONL bytes of the held-out half."""
    recs = []
    for lang in LANGS:
        recs.extend(_records_for(lang))
    rng = random.Random(SEED)
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "%s%04d" % (ID_PREFIX, i), "text": r["text"], "label": r["label"],
                    "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    check(out)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out).encode("utf-8")


def check(records):
    """Self-checks on the finished records; raises ValueError on the first failure."""
    if len(records) != 720:
        raise ValueError("expected 720 records, have %d" % len(records))
    ids, texts = set(), set()
    per = {}
    for r in records:
        if tuple(r) != KEYS:
            raise ValueError("key order: %r" % (tuple(r),))
        if r["id"] in ids:
            raise ValueError("duplicate id %s" % r["id"])
        ids.add(r["id"])
        if r["text"] in texts:
            raise ValueError("duplicate text: %r" % r["text"][:80])
        texts.add(r["text"])
        if r["field"] not in FIELDS:
            raise ValueError("unknown field %r" % r["field"])
        if r["lang"] not in LANGS:
            raise ValueError("unknown lang %r" % r["lang"])
        if r["label"] not in ("injection", "benign"):
            raise ValueError("unknown label %r" % r["label"])
        n = len(r["text"])
        if not MIN_LEN <= n <= MAX_LEN:
            raise ValueError("%s (%s/%s): length %d" % (r["id"], r["lang"], r["technique"], n))
        key = (r["lang"], r["label"], r["technique"])
        per[key] = per.get(key, 0) + 1
    expected_ids = {"%s%04d" % (ID_PREFIX, i) for i in range(1, 721)}
    if ids != expected_ids:
        raise ValueError("ids are not 0001-0720")
    for lang in LANGS:
        n_inj = sum(v for (l, lab, _), v in per.items() if l == lang and lab == "injection")
        n_ben = sum(v for (l, lab, _), v in per.items() if l == lang and lab == "benign")
        if (n_inj, n_ben) != (60, 60):
            raise ValueError("%s: %d injections, %d benign" % (lang, n_inj, n_ben))
        for tech in TECHNIQUES:
            if per.get((lang, "injection", tech), 0) != 2:
                raise ValueError("%s/%s: not 2 injections" % (lang, tech))
        for genre, k in GENRES:
            if per.get((lang, "benign", genre), 0) != k:
                raise ValueError("%s/%s: not %d benign texts" % (lang, genre, k))
    if len(TECHNIQUES) != 30 or len(set(TECHNIQUES)) != 30:
        raise ValueError("technique list must have 30 names")
    if len(GENRES) != 25 or sum(k for _, k in GENRES) != 60:
        raise ValueError("genre list must have 25 genres summing to 60")
