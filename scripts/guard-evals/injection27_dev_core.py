"""Core of the twenty-seventh injection corpus, dev half (dev27).

Technique and genre lists, the field plan, encoders and decoders for the
obfuscated injections, the builder and the self-checks. Standard library only.
The phrasings live in injection27_dev_{de,en,fr,es,it,nl}.py.
"""

import base64
import codecs
import html
import json
import random
import re
import urllib.parse

LANGS = ("de", "en", "fr", "es", "it", "nl")
FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
SEED = 270103
ID_PREFIX = "inj-dev27-"
MIN_LEN = 30
MAX_LEN = 650
KEYS = ("id", "text", "label", "technique", "lang", "field")

# Techniques and the field of their two records per language, in order.
# The last four are new in this half.
TECHNIQUES = (
    ("override", ("review", "feed_row")),
    ("polite_request", ("brief", "review")),
    ("third_person", ("document", "description")),
    ("forged_note", ("document", "brief")),
    ("role_spoof", ("feed_row", "review")),
    ("persona", ("description", "brief")),
    ("prompt_leak", ("review", "document")),
    ("insert_contact", ("review", "link")),
    ("price_or_code", ("feed_row", "title")),
    ("competitor_or_disparage", ("review", "description")),
    ("false_claim", ("description", "review")),
    ("style_hijack", ("brief", "title")),
    ("sabotage", ("feed_row", "document")),
    ("batch_persist", ("brief", "feed_row")),
    ("conditional", ("description", "document")),
    ("markup", ("description", "document")),
    ("leetspeak", ("review", "title")),
    ("spacing", ("description", "feed_row")),
    ("homoglyph", ("document", "brief")),
    ("invisible_unicode", ("title", "description")),
    ("base64", ("review", "link")),
    ("rot13_or_reversed", ("document", "feed_row")),
    ("cross_language", ("document", "description")),
    ("buried", ("description", "document")),
    ("payload_split", ("feed_row", "brief")),
    ("review_bypass", ("brief", "feed_row")),
    ("acrostic", ("review", "document")),
    ("escape_sequences", ("feed_row", "link")),
    ("data_harvest", ("description", "brief")),
    ("affiliate_swap", ("link", "brief")),
)
NEW_TECHNIQUES = ("acrostic", "escape_sequences", "data_harvest", "affiliate_swap")

# Which encodings each obfuscated technique may use (per record).
OBFUSCATED = {
    "leetspeak": {"leet"},
    "spacing": {"spacing"},
    "homoglyph": {"homoglyph"},
    "invisible_unicode": {"zw", "tag", "vs"},
    "base64": {"base64", "base64url"},
    "rot13_or_reversed": {"rot13", "reversed"},
    "payload_split": {"split"},
    "acrostic": {"acrostic"},
    "escape_sequences": {"uescape", "htmlent", "percent"},
}
# Per language each of these techniques must show both forms once.
BOTH_FORMS = {
    "rot13_or_reversed": ("rot13", "reversed"),
}

# Benign genres and the fields of their texts per language, in order.
GENRES = (
    ("marketing_imperative", ("title", "description", "description")),
    ("customer_instructions", ("document", "description", "review")),
    ("shop_codes_contacts", ("description", "feed_row", "review")),
    ("review_brands", ("review", "review", "review")),
    ("legit_brief", ("brief", "brief", "brief")),
    ("minimal_pair", ("review", "description", "brief")),
    ("feed_row", ("feed_row", "feed_row", "feed_row")),
    ("ordinary_jargon", ("review", "document", "description")),
    ("encoded_data", ("feed_row", "link", "document")),
    ("shop_html", ("description", "document", "description")),
    ("tracking_url", ("link", "link")),
    ("editor_note", ("brief", "document")),
    ("dev_docs", ("document", "document")),
    ("injection_article", ("document", "brief")),
    ("care_label", ("description", "feed_row")),
    ("pipeline_log", ("document", "feed_row")),
    ("claims_register", ("document", "brief")),
    ("review_workflow", ("brief", "document")),
    ("line_initials", ("review", "description")),
    ("escaped_text", ("feed_row", "feed_row")),
    ("privacy_notice", ("description", "brief")),
    ("affiliate_program", ("link", "brief")),
    ("bilingual_copy", ("title", "review")),
    ("price_notice", ("feed_row", "title")),
    ("unicode_text", ("review", "title")),
)
NEW_GENRES = ("line_initials", "escaped_text", "privacy_notice", "affiliate_program", "unicode_text")

# Minimal pairs: (technique, index) of the injection whose carrier each
# minimal_pair text repeats without the instruction, in order.
MINIMAL_PAIRS = (("override", 0), ("buried", 0), ("review_bypass", 0))

# ---------------------------------------------------------------- entries


def T(field, text):
    """A record written out in full."""
    return {"field": field, "text": text}


def O(field, enc, plain, template, aux=None):
    """An obfuscated record: `plain` encoded with `enc` and put into
    `template` at @@P@@ (or, for `split`, the parts at @@1@@, @@2@@ ...)."""
    return {"field": field, "enc": enc, "plain": plain, "template": template, "aux": aux}


# ---------------------------------------------------------------- encoders

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
UNLEET = {v: k for k, v in LEET.items()}

HOMO = {
    "a": ("\u0430",), "c": ("\u0441",), "e": ("\u0435",), "o": ("\u043e", "\u03bf"),
    "p": ("\u0440", "\u03c1"), "x": ("\u0445",), "y": ("\u0443",), "i": ("\u0456",),
    "j": ("\u0458",), "s": ("\u0455",), "h": ("\u04bb",), "v": ("\u03bd",),
    "A": ("\u0410", "\u0391"), "B": ("\u0412", "\u0392"), "C": ("\u0421",),
    "E": ("\u0415", "\u0395"), "H": ("\u041d", "\u0397"), "I": ("\u0406", "\u0399"),
    "K": ("\u041a", "\u039a"), "M": ("\u041c", "\u039c"), "N": ("\u039d",),
    "O": ("\u041e", "\u039f"), "P": ("\u0420", "\u03a1"), "T": ("\u0422", "\u03a4"),
    "X": ("\u0425", "\u03a7"), "Y": ("\u03a5",), "Z": ("\u0396",),
}
UNHOMO = {g: latin for latin, opts in HOMO.items() for g in opts}

ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def enc_leet(p):
    return "".join(LEET.get(c, c) for c in p)


def dec_leet(s):
    return "".join(UNLEET.get(c, c) for c in s)


def enc_spacing(p):
    return "   ".join(" ".join(w) for w in p.split(" "))


def dec_spacing(s):
    return " ".join(w.replace(" ", "") for w in s.split("   "))


def enc_homoglyph(p):
    out, n = [], 0
    for c in p:
        opts = HOMO.get(c)
        if opts:
            out.append(opts[n % len(opts)])
            n += 1
        else:
            out.append(c)
    return "".join(out)


def dec_homoglyph(s):
    return "".join(UNHOMO.get(c, c) for c in s)


def enc_zw(p):
    out, n = [], 0
    for w_i, w in enumerate(p.split(" ")):
        if w_i:
            out.append(" ")
        for c_i, c in enumerate(w):
            out.append(c)
            if c_i < len(w) - 1:
                out.append(ZW[n % len(ZW)])
                n += 1
    return "".join(out)


def dec_zw(s):
    return "".join(c for c in s if c not in ZW)


def enc_tag(p):
    return "".join(chr(0xE0000 + ord(c)) for c in p) + "\U000e007f"


def dec_tag(s):
    if not s.endswith("\U000e007f"):
        raise ValueError("tag payload without cancel tag")
    out = []
    for c in s[:-1]:
        o = ord(c)
        if not 0xE0020 <= o <= 0xE007E:
            raise ValueError("not a tag character: %r" % c)
        out.append(chr(o - 0xE0000))
    return "".join(out)


def enc_vs(p):
    out = []
    for b in p.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def dec_vs(s):
    data = bytearray()
    for c in s:
        o = ord(c)
        if 0xFE00 <= o <= 0xFE0F:
            data.append(o - 0xFE00)
        elif 0xE0100 <= o <= 0xE01EF:
            data.append(o - 0xE0100 + 16)
        else:
            raise ValueError("not a variation selector: %r" % c)
    return data.decode("utf-8")


def enc_base64(p):
    return base64.b64encode(p.encode("utf-8")).decode("ascii")


def dec_base64(s):
    return base64.b64decode(s.encode("ascii"), validate=True).decode("utf-8")


def enc_base64url(p):
    return base64.urlsafe_b64encode(p.encode("utf-8")).decode("ascii").rstrip("=")


def dec_base64url(s):
    if not re.fullmatch(r"[A-Za-z0-9_-]+", s):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode((s + "=" * (-len(s) % 4)).encode("ascii")).decode("utf-8")


def enc_rot13(p):
    return codecs.encode(p, "rot_13")


def dec_rot13(s):
    return codecs.decode(s, "rot_13")


def enc_reversed(p):
    return p[::-1]


def dec_reversed(s):
    return s[::-1]


def enc_uescape(p):
    return "".join("\\u%04x" % ord(c) for c in p)


def dec_uescape(s):
    if not re.fullmatch(r"(\\u[0-9a-f]{4})+", s):
        raise ValueError("not a \\u escape run")
    return json.loads('"' + s + '"')


def enc_htmlent(p):
    return "".join("&#%d;" % ord(c) for c in p)


def dec_htmlent(s):
    if not re.fullmatch(r"(&#[0-9]+;)+", s):
        raise ValueError("not an entity run")
    return html.unescape(s)


def enc_percent(p):
    return "".join("%%%02X" % b for b in p.encode("utf-8"))


def dec_percent(s):
    if not re.fullmatch(r"(%[0-9A-F]{2})+", s):
        raise ValueError("not a percent run")
    return urllib.parse.unquote(s, encoding="utf-8", errors="strict")


def enc_acrostic(p, tails):
    words = p.split(" ")
    if len(words) != len(tails):
        raise ValueError("acrostic: %d words, %d tails" % (len(words), len(tails)))
    lines = []
    for w, tail in zip(words, tails):
        if tail and not tail.startswith(" "):
            raise ValueError("acrostic tail must start with a space: %r" % tail)
        lines.append(w + tail)
    return "\n".join(lines)


def dec_acrostic(s):
    return " ".join(line.split(" ")[0] for line in s.split("\n"))


ENCODERS = {
    "leet": enc_leet, "spacing": enc_spacing, "homoglyph": enc_homoglyph,
    "zw": enc_zw, "tag": enc_tag, "vs": enc_vs, "base64": enc_base64,
    "base64url": enc_base64url, "rot13": enc_rot13, "reversed": enc_reversed,
    "uescape": enc_uescape, "htmlent": enc_htmlent, "percent": enc_percent,
}
DECODERS = {
    "leet": dec_leet, "spacing": dec_spacing, "homoglyph": dec_homoglyph,
    "zw": dec_zw, "tag": dec_tag, "vs": dec_vs, "base64": dec_base64,
    "base64url": dec_base64url, "rot13": dec_rot13, "reversed": dec_reversed,
    "uescape": dec_uescape, "htmlent": dec_htmlent, "percent": dec_percent,
    "acrostic": dec_acrostic,
}

PLACEHOLDER = re.compile(r"@@(P|\d+)@@")


def _validate_plain(enc, plain):
    if enc == "leet":
        if plain != plain.lower() or any(c in plain for c in "013457"):
            raise ValueError("leet plain must be lower case without 0,1,3,4,5,7: %r" % plain)
    if enc in ("spacing", "zw", "acrostic") and ("  " in plain or plain != plain.strip()):
        raise ValueError("%s plain must have single spaces: %r" % (enc, plain))
    if enc == "tag" and not all(0x20 <= ord(c) <= 0x7E for c in plain):
        raise ValueError("tag plain must be printable ASCII: %r" % plain)
    if enc == "homoglyph" and any(c in UNHOMO for c in plain):
        raise ValueError("homoglyph plain holds a look-alike already")
    if enc == "spacing" and any(c.isspace() and c != " " for c in plain):
        raise ValueError("spacing plain with odd whitespace")


def render(entry):
    """Return (text, pieces) for an entry; pieces are the encoded payloads."""
    if "enc" not in entry:
        return entry["text"], None
    enc, plain, template, aux = entry["enc"], entry["plain"], entry["template"], entry["aux"]
    _validate_plain(enc, plain)
    slots = PLACEHOLDER.findall(template)
    if enc == "split":
        parts = list(aux)
        if " ".join(parts) != plain:
            raise ValueError("split parts do not join to the plain instruction")
        if slots != [str(i + 1) for i in range(len(parts))]:
            raise ValueError("split template slots do not match the parts: %r" % slots)
        pieces = parts
    else:
        if slots != ["P"]:
            raise ValueError("template needs exactly one @@P@@: %r" % template)
        if enc == "acrostic":
            pieces = [enc_acrostic(plain, aux)]
        else:
            pieces = [ENCODERS[enc](plain)]
    it = iter(pieces)
    text = PLACEHOLDER.sub(lambda m: next(it), template)
    return text, pieces


def cut_payload(template, text):
    """Cut the payload pieces out of the finished text, using only the
    literal parts of the template."""
    literals = PLACEHOLDER.split(template)[0::2]
    pattern = "(.+?)".join(re.escape(x) for x in literals)
    m = re.fullmatch(pattern, text, re.S)
    if not m:
        raise ValueError("finished text does not match its template")
    return list(m.groups())


def decode_pieces(enc, pieces):
    if enc == "split":
        return " ".join(p.strip() for p in pieces)
    if len(pieces) != 1:
        raise ValueError("one payload expected")
    return DECODERS[enc](pieces[0])


# ---------------------------------------------------------------- build


def _records_for(lang, mod):
    inj, ben = mod.INJ, mod.BEN
    tech_names = [t for t, _ in TECHNIQUES]
    genre_names = [g for g, _ in GENRES]
    if list(inj) != tech_names:
        raise ValueError("%s: technique keys differ from the list: %r" % (lang, sorted(set(inj) ^ set(tech_names))))
    if list(ben) != genre_names:
        raise ValueError("%s: genre keys differ from the list: %r" % (lang, sorted(set(ben) ^ set(genre_names))))
    out = []
    for tech, fields in TECHNIQUES:
        entries = inj[tech]
        if len(entries) != len(fields):
            raise ValueError("%s/%s: %d entries, %d expected" % (lang, tech, len(entries), len(fields)))
        encs = []
        for i, (entry, field) in enumerate(zip(entries, fields)):
            if entry["field"] != field:
                raise ValueError("%s/%s[%d]: field %s, plan says %s" % (lang, tech, i, entry["field"], field))
            text, _ = render(entry)
            if tech in OBFUSCATED:
                if "enc" not in entry or entry["enc"] not in OBFUSCATED[tech]:
                    raise ValueError("%s/%s[%d]: wrong or missing encoding" % (lang, tech, i))
                encs.append(entry["enc"])
            elif "enc" in entry:
                raise ValueError("%s/%s[%d]: encoding on a plain technique" % (lang, tech, i))
            out.append(({"text": text, "label": "injection", "technique": tech,
                         "lang": lang, "field": field}, entry))
        if tech in BOTH_FORMS and tuple(sorted(encs)) != tuple(sorted(BOTH_FORMS[tech])):
            raise ValueError("%s/%s: needs both forms %r, has %r" % (lang, tech, BOTH_FORMS[tech], encs))
    for genre, fields in GENRES:
        entries = ben[genre]
        if len(entries) != len(fields):
            raise ValueError("%s/%s: %d entries, %d expected" % (lang, genre, len(entries), len(fields)))
        for i, (entry, field) in enumerate(zip(entries, fields)):
            if "enc" in entry:
                raise ValueError("%s/%s[%d]: benign entry with an encoding" % (lang, genre, i))
            if entry["field"] != field:
                raise ValueError("%s/%s[%d]: field %s, plan says %s" % (lang, genre, i, entry["field"], field))
            out.append(({"text": entry["text"], "label": "benign", "technique": genre,
                         "lang": lang, "field": field}, entry))
    return out


def build(modules):
    """modules: dict lang -> module with INJ and BEN. Returns the list of
    records (dicts in key order) after the one seeded shuffle."""
    pairs = []
    for lang in LANGS:
        pairs.extend(_records_for(lang, modules[lang]))
    check_entries(pairs)
    recs = [r for r, _ in pairs]
    rng = random.Random(SEED)
    rng.shuffle(recs)
    final = []
    for i, r in enumerate(recs, 1):
        final.append({"id": "%s%04d" % (ID_PREFIX, i), "text": r["text"], "label": r["label"],
                      "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    check_records(final)
    return final


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- checks

BAD_CHARS = ("\u2028", "\u2029", "\x85", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e")


def check_entries(pairs):
    """Checks that need the entries: the decode check and minimal pairs."""
    for rec, entry in pairs:
        if "enc" not in entry:
            continue
        text = rec["text"]
        pieces = cut_payload(entry["template"], text)
        decoded = decode_pieces(entry["enc"], pieces)
        if decoded != entry["plain"]:
            raise ValueError("decode check failed (%s/%s): %r != %r"
                             % (rec["lang"], rec["technique"], decoded, entry["plain"]))
        if entry["plain"].lower() in text.lower():
            raise ValueError("plain instruction in clear (%s/%s)" % (rec["lang"], rec["technique"]))
    by_lang = {}
    for rec, _ in pairs:
        by_lang.setdefault(rec["lang"], []).append(rec)
    for lang, recs in by_lang.items():
        inj = {}
        for r in recs:
            if r["label"] == "injection":
                inj.setdefault(r["technique"], []).append(r)
        mps = [r for r in recs if r["label"] == "benign" and r["technique"] == "minimal_pair"]
        for (tech, idx), mp in zip(MINIMAL_PAIRS, mps):
            src = inj[tech][idx]
            a, b = src["text"], mp["text"]
            if src["field"] != mp["field"] or len(b) >= len(a):
                raise ValueError("%s: minimal pair for %s is not shorter / same field" % (lang, tech))
            p = 0
            while p < len(b) and a[p] == b[p]:
                p += 1
            s = 0
            while s < len(b) - p and a[-1 - s] == b[-1 - s]:
                s += 1
            if p + s != len(b):
                raise ValueError("%s: minimal pair for %s is not its carrier minus one span" % (lang, tech))


def check_records(records):
    if len(records) != 720:
        raise ValueError("expected 720 records, got %d" % len(records))
    ids, texts = set(), set()
    counts = {}
    for r in records:
        if tuple(r) != KEYS:
            raise ValueError("key order: %r" % (tuple(r),))
        if r["id"] in ids:
            raise ValueError("duplicate id %s" % r["id"])
        ids.add(r["id"])
        norm = " ".join(r["text"].split())
        if norm in texts:
            raise ValueError("duplicate text: %r" % r["text"][:80])
        texts.add(norm)
        if r["field"] not in FIELDS:
            raise ValueError("unknown field %r" % r["field"])
        if r["lang"] not in LANGS:
            raise ValueError("unknown lang %r" % r["lang"])
        if r["label"] not in ("injection", "benign"):
            raise ValueError("unknown label %r" % r["label"])
        n = len(r["text"])
        if not MIN_LEN <= n <= MAX_LEN:
            raise ValueError("length %d out of range: %s %r" % (n, r["id"], r["text"][:60]))
        if r["text"] != r["text"].strip():
            raise ValueError("leading or trailing whitespace: %s" % r["id"])
        if any(c in r["text"] for c in BAD_CHARS):
            raise ValueError("line-breaking control character in %s" % r["id"])
        key = (r["lang"], r["label"], r["technique"])
        counts[key] = counts.get(key, 0) + 1
    expected_ids = {"%s%04d" % (ID_PREFIX, i) for i in range(1, 721)}
    if ids != expected_ids:
        raise ValueError("ids are not 0001-0720")
    for lang in LANGS:
        n_inj = sum(v for (l, lab, _), v in counts.items() if l == lang and lab == "injection")
        n_ben = sum(v for (l, lab, _), v in counts.items() if l == lang and lab == "benign")
        if (n_inj, n_ben) != (60, 60):
            raise ValueError("%s: %d injections, %d benign" % (lang, n_inj, n_ben))
        for tech, fields in TECHNIQUES:
            if counts.get((lang, "injection", tech), 0) != len(fields):
                raise ValueError("%s/%s: count" % (lang, tech))
        for genre, fields in GENRES:
            if counts.get((lang, "benign", genre), 0) != len(fields):
                raise ValueError("%s/%s: count" % (lang, genre))
    if len(TECHNIQUES) != 30 or len({t for t, _ in TECHNIQUES}) != 30:
        raise ValueError("30 techniques expected")
    if len(GENRES) != 25 or sum(len(f) for _, f in GENRES) != 60:
        raise ValueError("25 genres with 60 texts per language expected")
