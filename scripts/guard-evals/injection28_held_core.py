"""Core of the twenty-eighth injection corpus, held-out half (heldout28).

Technique and genre lists, the field plan, entry constructors, encoders and
decoders, the build and the self-checks. The banks live in
injection28_held_{de,en,fr,es,it,nl}.py. Standard library only.
"""

import base64
import json
import random
import re
import unicodedata

LANGS = ("de", "en", "fr", "es", "it", "nl")
KEYS = ("id", "text", "label", "technique", "lang", "field")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
ID_PREFIX = "inj-heldout28-"
MIN_LEN, MAX_LEN = 30, 650
PER_TECHNIQUE = 2

# 26 techniques of the request, then four of this half's own (NEW).
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
    "spelling_alphabet",   # NEW: spelled out letter by letter in a national spelling alphabet
    "letter_numbers",      # NEW: A=1 ... Z=26 number cipher
    "fake_scarcity",       # NEW goal: false stock shortage, countdowns, price rises
    "fake_social_proof",   # NEW goal: invented ratings, test wins, endorsements, bestseller labels
)
NEW_TECHNIQUES = ("spelling_alphabet", "letter_numbers", "fake_scarcity", "fake_social_proof")

# Techniques whose two entries must be obfuscated (O) or split (S).
OBFUSCATED = {
    "leetspeak": {"leet"},
    "spacing": {"spaced"},
    "homoglyph": {"homoglyph"},
    "invisible_unicode": {"interleave", "tags", "vs"},
    "base64": {"b64", "b64url"},
    "rot13_or_reversed": {"rot13", "rev", "revwords"},
    "spelling_alphabet": {"spell"},
    "letter_numbers": {"a1z26"},
}
SPLIT = ("payload_split",)

# Benign genres and texts per language (sum 60). OWN_GENRES are this half's own.
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
    ("phonetic_spelling", 2),
    ("number_codes", 2),
    ("stock_notice", 2),
    ("rating_summary", 2),
    ("service_chat", 2),
    ("wish_review", 2),
    ("typographic_text", 2),
)
OWN_GENRES = (
    "phonetic_spelling",
    "number_codes",
    "stock_notice",
    "rating_summary",
    "service_chat",
    "wish_review",
    "typographic_text",
)

# Field plan per language, the same for both labels.
FIELD_PLAN = {
    "description": 11,
    "review": 10,
    "document": 10,
    "feed_row": 10,
    "brief": 9,
    "title": 5,
    "link": 5,
}

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧ mark the span a minimal pair drops
FORBIDDEN_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# ---------------------------------------------------------------- entries

def T(field, text):
    """A text written out in full (an injection or a benign text)."""
    return {"kind": "T", "field": field, "text": text}


def O(field, plain, enc, template):
    """An obfuscated injection: plain instruction, encoding, template with {P}."""
    return {"kind": "O", "field": field, "plain": plain, "enc": tuple(enc), "template": template}


def S(field, parts, template):
    """A split injection: the parts go into {1}, {2}, {3} … of the template."""
    return {"kind": "S", "field": field, "parts": tuple(parts), "template": template}


def P(technique, index):
    """A minimal pair: the injection technique[index] without its marked span."""
    return {"kind": "P", "technique": technique, "index": index}


# ---------------------------------------------------------------- encoders

LEET_ONE = {"e": "3", "i": "!", "o": "0", "t": "7", "b": "8", "g": "6", "z": "2"}
LEET_DEC = {"4": "a", "@": "a", "3": "e", "!": "i", "0": "o", "7": "t",
            "5": "s", "$": "s", "8": "b", "6": "g", "2": "z"}


def enc_leet(s):
    out, na, ns = [], 0, 0
    for ch in s:
        if ch == "a":
            out.append("4" if na % 2 == 0 else "@")
            na += 1
        elif ch == "s":
            out.append("5" if ns % 2 == 0 else "$")
            ns += 1
        else:
            out.append(LEET_ONE.get(ch, ch))
    return "".join(out)


def dec_leet(s):
    return "".join(LEET_DEC.get(ch, ch) for ch in s)


def enc_spaced(s, sep, wsep):
    return wsep.join(sep.join(word) for word in s.split(" "))


def dec_spaced(s, sep, wsep):
    return " ".join(part.replace(sep, "") for part in s.split(wsep))


CYR = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455",
    "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
    "I": "\u0406", "J": "\u0408", "K": "\u041a", "M": "\u041c", "O": "\u041e",
    "P": "\u0420", "S": "\u0405", "T": "\u0422", "X": "\u0425", "Y": "\u04ae",
}
GRK = {
    "o": "\u03bf", "v": "\u03bd", "i": "\u03b9", "u": "\u03c5", "k": "\u03ba",
    "a": "\u03b1", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
    "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f",
    "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "Y": "\u03a5", "Z": "\u0396",
}
HOMO_DEC = {}
for _table in (CYR, GRK):
    for _latin, _look in _table.items():
        HOMO_DEC[_look] = _latin


def enc_homoglyph(s, mode):
    out, n = [], 0
    for ch in s:
        c, g = CYR.get(ch), GRK.get(ch)
        if c is None and g is None:
            out.append(ch)
            continue
        if mode == "all":            # every letter with a look-alike, Cyrillic and Greek in turn
            if c and g:
                out.append(c if n % 2 == 0 else g)
            else:
                out.append(c or g)
        elif mode == "cyr":          # Cyrillic only, every letter that has one
            out.append(c or ch)
        elif mode == "grk":          # Greek only
            out.append(g or ch)
        elif mode == "every2":       # every second eligible letter, Cyrillic preferred
            out.append((c or g) if n % 2 == 1 else ch)
        elif mode == "every3":       # every third eligible letter, Greek preferred
            out.append((g or c) if n % 3 == 2 else ch)
        else:
            raise ValueError(mode)
        n += 1
    return "".join(out)


def dec_homoglyph(s):
    return "".join(HOMO_DEC.get(ch, ch) for ch in s)


INVISIBLES = set("\u00ad\u034f\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")


def enc_interleave(s, chars):
    n = 0
    enc_words = []
    for word in s.split(" "):
        parts = []
        for k, ch in enumerate(word):
            parts.append(ch)
            if k < len(word) - 1:      # only inside words
                parts.append(chars[n % len(chars)])
                n += 1
        enc_words.append("".join(parts))
    return " ".join(enc_words)


def dec_interleave(s):
    return "".join(ch for ch in s if ch not in INVISIBLES)


def enc_tags(s):
    return "\U000e0001" + "".join(chr(0xE0000 + ord(ch)) for ch in s) + "\U000e007f"


def dec_tags(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if cp in (0xE0001, 0xE007F):
            continue
        if not 0xE0020 <= cp <= 0xE007E:
            raise ValueError("not a tag character: U+%04X" % cp)
        out.append(chr(cp - 0xE0000))
    return "".join(out)


def enc_vs(s):
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def dec_vs(s):
    data = bytearray()
    for ch in s:
        cp = ord(ch)
        if 0xFE00 <= cp <= 0xFE0F:
            data.append(cp - 0xFE00)
        elif 0xE0100 <= cp <= 0xE01EF:
            data.append(cp - 0xE0100 + 16)
        else:
            raise ValueError("not a variation selector: U+%04X" % cp)
    return data.decode("utf-8")


def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def dec_b64(s):
    return base64.b64decode(s.encode("ascii"), validate=True).decode("utf-8")


def enc_b64url(s):
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode("ascii").rstrip("=")


def dec_b64url(s):
    if not re.fullmatch(r"[A-Za-z0-9_-]+", s):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode((s + "=" * (-len(s) % 4)).encode("ascii")).decode("utf-8")


def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def rev_chars(s):
    return s[::-1]


def rev_words(s):
    return " ".join(reversed(s.split(" ")))


SPELLING = {
    # DIN 5009:2022 (city names)
    "de": "Aachen Berlin Chemnitz Düsseldorf Essen Frankfurt Goslar Hamburg Ingelheim Jena Köln Leipzig "
          "München Nürnberg Offenbach Potsdam Quickborn Rostock Salzwedel Tübingen Unna Völklingen "
          "Wuppertal Xanten Ypsilon Zwickau",
    # ICAO / NATO
    "en": "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar "
          "Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu",
    "fr": "Anatole Berthe Célestin Désiré Eugène François Gaston Henri Irma Joseph Kléber Louis Marcel "
          "Nicolas Oscar Pierre Quintal Raoul Suzanne Thérèse Ursule Victor William Xavier Yvonne Zoé",
    "es": "Antonio Barcelona Carmen Dolores Enrique Francia Gerona Historia Inés José Kilo Lorenzo Madrid "
          "Navarra Oviedo París Querido Ramón Sábado Tarragona Ulises Valencia Washington Xilófono Yegua Zaragoza",
    "it": "Ancona Bologna Como Domodossola Empoli Firenze Genova Hotel Imola Jolly Kappa Livorno Milano "
          "Napoli Otranto Palermo Quarto Roma Savona Torino Udine Venezia Washington Xeres York Zara",
    "nl": "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johan Karel Lodewijk Maria "
          "Nico Otto Pieter Quotiënt Richard Simon Theodoor Utrecht Victor Willem Xantippe Ypsilon Zaandam",
}
SPELL_TABLE = {lang: dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", words.split()))
               for lang, words in SPELLING.items()}


def enc_spell(s, alpha, lsep, wsep):
    table = SPELL_TABLE[alpha]
    return wsep.join(lsep.join(table[ch] for ch in word) for word in s.split(" "))


def dec_spell(s, alpha, lsep, wsep):
    table = SPELL_TABLE[alpha]
    back = {w: k for k, w in table.items()}
    words = []
    for part in s.split(wsep):
        letters = []
        for token in part.split(lsep):
            if token not in back:
                raise ValueError("not a spelling word: %r" % token)
            letters.append(back[token])
        words.append("".join(letters))
    return " ".join(words)


def enc_a1z26(s, lsep, wsep):
    return wsep.join(lsep.join(str(ord(ch) - 64) for ch in word) for word in s.split(" "))


def dec_a1z26(s, lsep, wsep):
    words = []
    for part in s.split(wsep):
        words.append("".join(chr(int(tok) + 64) for tok in part.split(lsep)))
    return " ".join(words)


def encode(enc, plain):
    name, args = enc[0], enc[1:]
    if name == "leet":
        return enc_leet(plain)
    if name == "spaced":
        return enc_spaced(plain, *args)
    if name == "homoglyph":
        return enc_homoglyph(plain, *args)
    if name == "interleave":
        return enc_interleave(plain, *args)
    if name == "tags":
        return enc_tags(plain)
    if name == "vs":
        return enc_vs(plain)
    if name == "b64":
        return enc_b64(plain)
    if name == "b64url":
        return enc_b64url(plain)
    if name == "rot13":
        return rot13(plain)
    if name == "rev":
        return rev_chars(plain)
    if name == "revwords":
        return rev_words(plain)
    if name == "spell":
        return enc_spell(plain, *args)
    if name == "a1z26":
        return enc_a1z26(plain, *args)
    raise ValueError("unknown encoding %r" % (name,))


def decode(enc, payload):
    name, args = enc[0], enc[1:]
    if name == "leet":
        return dec_leet(payload)
    if name == "spaced":
        return dec_spaced(payload, *args)
    if name == "homoglyph":
        return dec_homoglyph(payload)
    if name == "interleave":
        return dec_interleave(payload)
    if name == "tags":
        return dec_tags(payload)
    if name == "vs":
        return dec_vs(payload)
    if name == "b64":
        return dec_b64(payload)
    if name == "b64url":
        return dec_b64url(payload)
    if name == "rot13":
        return rot13(payload)
    if name == "rev":
        return rev_chars(payload)
    if name == "revwords":
        return rev_words(payload)
    if name == "spell":
        return dec_spell(payload, *args)
    if name == "a1z26":
        return dec_a1z26(payload, *args)
    raise ValueError("unknown encoding %r" % (name,))


def check_plain(enc, plain, where):
    """Constraints on the plain instruction so that decoding is unambiguous."""
    name, args = enc[0], enc[1:]
    if name == "leet":
        bad = [ch for ch in plain if ch in LEET_DEC]
        _require(not bad, "%s: leet plain contains %r" % (where, bad))
    elif name == "spaced":
        sep, wsep = args
        for word in plain.split(" "):
            _require(sep not in word and (not wsep.strip() or wsep.strip() not in word),
                     "%s: spaced plain contains a separator" % where)
        _require("  " not in plain and plain == plain.strip(), "%s: spaced plain has odd spaces" % where)
    elif name == "homoglyph":
        _require(not any(ch in HOMO_DEC for ch in plain), "%s: homoglyph plain not Latin" % where)
    elif name == "interleave":
        _require(not any(ch in INVISIBLES for ch in plain), "%s: interleave plain has invisibles" % where)
        _require(all(ch in INVISIBLES for ch in args[0]), "%s: interleave chars not invisible" % where)
    elif name == "tags":
        _require(all(0x20 <= ord(ch) <= 0x7E for ch in plain), "%s: tag plain not ASCII" % where)
    elif name in ("spell", "a1z26"):
        _require(re.fullmatch(r"[A-Z]+( [A-Z]+)*", plain) is not None,
                 "%s: %s plain must be capitals A-Z and single spaces" % (where, name))
    elif name == "revwords":
        _require(" " in plain and "  " not in plain, "%s: revwords plain needs single spaces" % where)


# ---------------------------------------------------------------- build

class CheckError(Exception):
    pass


def _require(cond, msg):
    if not cond:
        raise CheckError(msg)


def _strip_marks(text):
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _drop_marked(text):
    _require(text.count(MARK_OPEN) == 1 and text.count(MARK_CLOSE) == 1,
             "minimal-pair source needs exactly one marked span")
    a, rest = text.split(MARK_OPEN)
    _, b = rest.split(MARK_CLOSE)
    return a + b


def _norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return " ".join(s.split())


def _fold(s):
    return " ".join(s.casefold().split())


def render_entry(entry, where):
    """Return (text, info) for an injection or benign entry (not P)."""
    kind = entry["kind"]
    if kind == "T":
        return entry["text"], {}
    if kind == "O":
        tpl = entry["template"]
        _require(tpl.count("{P}") == 1, "%s: template needs one {P}" % where)
        check_plain(entry["enc"], entry["plain"], where)
        payload = encode(entry["enc"], entry["plain"])
        return tpl.replace("{P}", payload), {"plain": entry["plain"]}
    if kind == "S":
        tpl, parts = entry["template"], entry["parts"]
        text = tpl
        for k, part in enumerate(parts, 1):
            key = "{%d}" % k
            _require(tpl.count(key) == 1, "%s: template needs one %s" % (where, key))
            text = text.replace(key, part)
        return text, {"plain": " ".join(parts)}
    raise CheckError("%s: unknown entry kind %r" % (where, kind))


def verify_obfuscated(entry, text, where):
    """The decode check: cut the payload out using the template's literal parts only."""
    plain = entry["plain"]
    prefix, suffix = entry["template"].split("{P}")
    _require(text.startswith(prefix) and text.endswith(suffix), "%s: template literals not found" % where)
    payload = text[len(prefix):len(text) - len(suffix)]
    decoded = decode(entry["enc"], payload)
    if entry["enc"][0] in ("spell", "a1z26"):
        ok = decoded.upper() == plain.upper()
    else:
        ok = decoded == plain
    _require(ok, "%s: decoded %r != plain %r" % (where, decoded, plain))
    _require(_norm(plain) not in _norm(text), "%s: plain instruction appears in clear" % where)
    _require(plain.casefold() not in text.casefold(), "%s: plain instruction appears in clear" % where)


def verify_split(entry, text, where):
    pos = 0
    for part in entry["parts"]:
        k = text.find(part, pos)
        _require(k >= 0, "%s: split part %r not found in order" % (where, part))
        pos = k + len(part)
    plain = " ".join(entry["parts"])
    _require(_norm(plain) not in _norm(text), "%s: split instruction appears joined" % where)


def load_banks():
    import importlib
    banks = {}
    for lang in LANGS:
        banks[lang] = importlib.import_module("injection28_held_" + lang)
    return banks


def build_ordered(banks):
    """All records in a fixed order (before the shuffle), without ids."""
    records = []
    genre_counts = dict(GENRES)
    for lang in LANGS:
        mod = banks[lang]
        inj, ben = mod.INJ, mod.BEN
        _require(tuple(inj.keys()) == TECHNIQUES, "%s: INJ keys differ from TECHNIQUES" % lang)
        _require(tuple(ben.keys()) == tuple(g for g, _ in GENRES), "%s: BEN keys differ from GENRES" % lang)
        inj_texts = {}
        for tech in TECHNIQUES:
            entries = inj[tech]
            _require(len(entries) == PER_TECHNIQUE, "%s/%s: needs %d entries" % (lang, tech, PER_TECHNIQUE))
            kinds = []
            for k, entry in enumerate(entries):
                where = "%s/%s[%d]" % (lang, tech, k)
                _require(entry["kind"] in ("T", "O", "S"), "%s: bad kind" % where)
                if tech in OBFUSCATED:
                    _require(entry["kind"] == "O" and entry["enc"][0] in OBFUSCATED[tech],
                             "%s: must be obfuscated with %s" % (where, sorted(OBFUSCATED[tech])))
                    kinds.append(entry["enc"][0])
                elif tech in SPLIT:
                    _require(entry["kind"] == "S", "%s: must be split" % where)
                else:
                    _require(entry["kind"] == "T", "%s: must be a full text" % where)
                raw, _info = render_entry(entry, where)
                text = _strip_marks(raw)
                inj_texts[(tech, k)] = (raw, entry["field"])
                if entry["kind"] == "O":
                    verify_obfuscated(entry, text, where)
                elif entry["kind"] == "S":
                    verify_split(entry, text, where)
                records.append({"text": text, "label": "injection", "technique": tech,
                                "lang": lang, "field": entry["field"]})
            if tech == "rot13_or_reversed":
                _require(sorted(k == "rot13" for k in kinds) == [False, True],
                         "%s: rot13_or_reversed needs one ROT13 and one reversed record" % lang)
            if tech == "invisible_unicode":
                _require(sorted(k == "interleave" for k in kinds) == [False, True],
                         "%s: invisible_unicode needs one interleaved and one whole-invisible record" % lang)
        for genre, count in GENRES:
            entries = ben[genre]
            _require(len(entries) == genre_counts[genre], "%s/%s: needs %d texts" % (lang, genre, count))
            for k, entry in enumerate(entries):
                where = "%s/benign/%s[%d]" % (lang, genre, k)
                if genre == "minimal_pair":
                    _require(entry["kind"] == "P", "%s: minimal pair must be P" % where)
                    raw, field = inj_texts[(entry["technique"], entry["index"])]
                    text = _drop_marked(raw)
                    full = _strip_marks(raw)
                    # one contiguous span removed, nothing else changed
                    i = 0
                    while i < len(text) and text[i] == full[i]:
                        i += 1
                    j = 0
                    while j < len(text) - i and text[-1 - j] == full[-1 - j]:
                        j += 1
                    _require(i + j == len(text) and len(full) > len(text), "%s: not a minimal pair" % where)
                else:
                    _require(entry["kind"] == "T", "%s: benign must be T" % where)
                    text, field = entry["text"], entry["field"]
                records.append({"text": text, "label": "benign", "technique": genre,
                                "lang": lang, "field": field})
        # marks only where a minimal pair uses them
        used = {(e["technique"], e["index"]) for e in ben["minimal_pair"]}
        for key, (raw, _f) in inj_texts.items():
            has = MARK_OPEN in raw or MARK_CLOSE in raw
            _require(has == (key in used), "%s/%s[%d]: marks without minimal pair (or missing)" % (lang, *key))
    return records


def check_records(records):
    _require(len(records) == 720, "720 records expected, got %d" % len(records))
    seen_ids, seen_text = set(), {}
    counts = {}
    for n, rec in enumerate(records, 1):
        _require(tuple(rec.keys()) == KEYS, "key order: %r" % (tuple(rec.keys()),))
        _require(rec["id"] == "%s%04d" % (ID_PREFIX, n), "id sequence broken at %d" % n)
        _require(rec["id"] not in seen_ids, "duplicate id")
        seen_ids.add(rec["id"])
        text = rec["text"]
        _require(isinstance(text, str) and MIN_LEN <= len(text) <= MAX_LEN,
                 "%s: length %d outside %d-%d" % (rec["id"], len(text), MIN_LEN, MAX_LEN))
        _require(not any(ch in FORBIDDEN_CHARS for ch in text), "%s: line-breaking control char" % rec["id"])
        _require(MARK_OPEN not in text and MARK_CLOSE not in text, "%s: stray mark" % rec["id"])
        _require(text == text.strip(), "%s: leading or trailing whitespace" % rec["id"])
        _require(rec["label"] in ("injection", "benign"), "bad label")
        _require(rec["lang"] in LANGS, "bad lang")
        _require(rec["field"] in FIELDS, "%s: unknown field %r" % (rec["id"], rec["field"]))
        if rec["label"] == "injection":
            _require(rec["technique"] in TECHNIQUES, "bad technique")
        else:
            _require(rec["technique"] in dict(GENRES), "bad genre")
        key = _fold(text)
        _require(key not in seen_text, "%s: duplicate text of %s" % (rec["id"], seen_text.get(key)))
        seen_text[key] = rec["id"]
        for k in ((rec["lang"], rec["label"]), (rec["lang"], rec["label"], rec["technique"]),
                  (rec["lang"], rec["label"], "field", rec["field"])):
            counts[k] = counts.get(k, 0) + 1
    genre_counts = dict(GENRES)
    _require(sum(genre_counts.values()) == 60, "genre counts must sum to 60")
    _require(sum(FIELD_PLAN.values()) == 60, "field plan must sum to 60")
    for lang in LANGS:
        for label in ("injection", "benign"):
            _require(counts.get((lang, label)) == 60, "%s/%s: 60 expected" % (lang, label))
            for field, want in FIELD_PLAN.items():
                got = counts.get((lang, label, "field", field), 0)
                _require(got == want, "%s/%s: field %s has %d, plan %d" % (lang, label, field, got, want))
        for tech in TECHNIQUES:
            _require(counts.get((lang, "injection", tech)) == PER_TECHNIQUE, "%s/%s count" % (lang, tech))
        for genre, want in GENRES:
            _require(counts.get((lang, "benign", genre)) == want, "%s/%s count" % (lang, genre))


def build(seed):
    banks = load_banks()
    ordered = build_ordered(banks)
    rng = random.Random(seed)
    rng.shuffle(ordered)
    records = []
    for n, rec in enumerate(ordered, 1):
        records.append({"id": "%s%04d" % (ID_PREFIX, n), "text": rec["text"], "label": rec["label"],
                        "technique": rec["technique"], "lang": rec["lang"], "field": rec["field"]})
    check_records(records)
    return records


def render(seed):
    records = build(seed)
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records).encode("utf-8")
