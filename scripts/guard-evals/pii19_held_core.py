"""Core of the nineteenth PII bank, held-out half: people, the template filler that records
labelled spans, layout helpers (JSON, YAML, CSV/TSV, Markdown, SQL, vCard) and the self-checks.

A template is a string with slots `{name}` and alternatives `[[a|b|c]]` (nested allowed). A slot
value is a plain string, a labelled piece `(text, LABEL)` or a list of those. `Ctx.fill` returns a
list of pieces; `assemble` joins pieces into a text and its spans (Unicode code points).
"""

import ipaddress
import random
import re
import unicodedata

import pii19_held_names as names
import pii19_held_values as val

TYPES = ("PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")

SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")
ALT = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*?)\]\]", re.S)

# the share of named people with an invented name: a person drawn where the context shows a person
# gets one while the language's running share is below the target
INVENTED_SHARE = 0.10


class Quota:
    """Running count of the named people of one language and of those with an invented name."""

    def __init__(self):
        self.named = 0
        self.invented = 0

    def add(self, people, ents):
        persons = " ".join(e["value"].lower() for e in ents if e["type"] == "PERSON")
        for p in people:
            if p.sur.lower() in persons or p.given.lower() in persons:
                self.named += 1
                self.invented += 1 if p.invented else 0


class Redraw(Exception):
    """A value does not fit its layout (a quote inside a quoted SQL or CSV value): draw again."""


def per(text):
    return (text, "PERSON")


def lab(text, label):
    return (text, label)


def flatten(x, out):
    if x is None:
        return out
    if isinstance(x, str):
        if x:
            out.append(x)
    elif isinstance(x, tuple):
        out.append(x)
    else:
        for y in x:
            flatten(y, out)
    return out


def assemble(pieces):
    """Pieces to (text, entities)."""
    parts, ents, pos = [], [], 0
    for p in flatten(pieces, []):
        if isinstance(p, tuple):
            t, label = p
            ents.append({"type": label, "start": pos, "end": pos + len(t), "value": t})
        else:
            t = p
        parts.append(t)
        pos += len(t)
    return "".join(parts), ents


def fold(s: str) -> str:
    """ASCII form of a name part for e-mail addresses and handles."""
    for a, b in (("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ı", "i"), ("İ", "I"),
                 ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ø", "o"), ("æ", "ae"), ("œ", "oe"), ("ð", "d"), ("þ", "th")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum())


MAIL = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org", "icloud.com", "yahoo.de", "arcor.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "icloud.com", "yahoo.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "outlook.com", "protonmail.ch"],
    "GB": ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "sky.com", "icloud.com", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com", "proton.me"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "icloud.com", "yahoo.ie"],
}
WORK_DOMAINS = {
    "de": ["bergwerk-medien.de", "gipfelwerk.at", "seeblick-pr.ch", "hafenkante-agentur.de", "alpinhandel.de", "kompass-vertrieb.de",
           "nordlicht-studio.de", "weitblick-kommunikation.at", "sportkontor-sued.de", "bergfreunde-verein.de"],
    "en": ["northwind-creative.co.uk", "trailhead-agency.com", "summitpr.ie", "ironwood-retail.com", "brightside-media.co.uk",
           "keystone-outdoors.com", "oakfield-studio.co.uk", "redwood-supply.com", "ridgeline-club.org.uk", "harbourlight.ie"],
}
STAFF_DOMAIN = {"de": "talgrat.de", "en": "talgrat.com"}


class Person:
    def __init__(self, given, sur, gender, origin, invented):
        self.given, self.sur, self.gender, self.origin, self.invented = given, sur, gender, origin, invented

    # --- forms, each a labelled piece
    def full(self):
        return per(f"{self.given} {self.sur}")

    def g(self):
        return per(self.given)

    def s(self):
        return per(self.sur)

    def lf(self):
        return per(f"{self.sur}, {self.given}")

    def LF(self):
        return per(f"{self.sur.upper()}, {self.given}")

    def CAPS(self):
        return per(f"{self.given} {self.sur}".upper())

    def SUR(self):
        return per(self.sur.upper())

    def lower(self):
        return per(f"{self.given} {self.sur}".lower())

    def lg(self):
        return per(self.given.lower())

    def ls(self):
        return per(self.sur.lower())

    def init_sur(self):
        return per(f"{self.given[0]}. {self.sur}")

    def g_init(self):
        first = next(c for c in self.sur if c.isalpha())
        return per(f"{self.given} {first.upper()}.")

    def sur_given(self):
        return per(f"{self.sur} {self.given}")

    # --- derived unlabelled strings
    def local(self, rng):
        g, s = fold(self.given).lower(), fold(self.sur).lower()
        g1 = fold(self.given.split()[0].split("-")[0]).lower() or g
        return rng.choice([f"{g1}.{s}", f"{g1}.{s}", f"{g1[0]}.{s}", f"{s}.{g1}", f"{g1}_{s}", f"{g1}{s}", f"{g1}.{s}{rng.randint(70, 99)}",
                           f"{g1}{rng.randint(1, 99)}", f"{g1[0]}{s}", f"{s}{g1[0]}", f"{g1}-{s}"])

    def handle(self, rng):
        g, s = fold(self.given.split()[0].split("-")[0]).lower(), fold(self.sur).lower()
        return "@" + rng.choice([g, f"{g}.{s[0]}", f"{g[0]}{s}", f"{g}_{s}", f"{g}{s[:3]}", f"{s}"])


class Ctx:
    """One text being made: its random stream, language, region and the people drawn for it."""

    def __init__(self, rng: random.Random, lang: str, genre: str, quota: Quota | None = None):
        self.rng, self.lang, self.genre = rng, lang, genre
        self.quota = quota or Quota()
        self.people: list[Person] = []
        if lang == "de":
            self.region = rng.choices(["DE", "AT", "CH"], [60, 22, 18])[0]
        else:
            self.region = rng.choices(["GB", "US", "IE"], [45, 35, 20])[0]
        self.swiss = lang == "de" and self.region == "CH"
        self._date_style = None
        self.drawn = []  # (value, country) of addresses and phone numbers, for the statistics

    def set_region(self, region):
        self.region = region
        self.swiss = self.lang == "de" and region == "CH"

    # --- random helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def shuffle(self, seq):
        seq = list(seq)
        self.rng.shuffle(seq)
        return seq

    def some(self, seq, k):
        return self.rng.sample(list(seq), k)

    def n(self, lo, hi):
        return self.rng.randint(lo, hi)

    def digits(self, k):
        return "".join(self.rng.choice("0123456789") for _ in range(k))

    # --- the template filler
    def alts(self, tmpl: str) -> str:
        while True:
            m = ALT.search(tmpl)
            if not m:
                return tmpl
            tmpl = tmpl[: m.start()] + self.rng.choice(m.group(1).split("|")) + tmpl[m.end():]

    def lit(self, s: str) -> str:
        return s.replace("ß", "ss") if self.swiss else s

    def fill(self, tmpl: str, **slots):
        tmpl = self.alts(tmpl)
        out, pos = [], 0
        for m in SLOT.finditer(tmpl):
            out.append(self.lit(tmpl[pos: m.start()]))
            key = m.group(1)
            if key not in slots:
                raise KeyError(f"slot {key} in {self.genre}")
            out.append(slots[key])
            pos = m.end()
        out.append(self.lit(tmpl[pos:]))
        return out

    def lines(self, *items):
        """Join pieces with line breaks, skipping None."""
        out = []
        for it in items:
            if it is None:
                continue
            if out:
                out.append("\n")
            out.append(it)
        return out

    # --- people
    def person(self, cue=True, origin=None, gender=None, noapos=False, local=False, word=True) -> Person:
        rng = self.rng
        gender = gender or rng.choice("fm")
        q = self.quota
        if cue and q.invented + sum(p.invented for p in self.people) < INVENTED_SHARE * (q.named + len(self.people) + 1) and rng.random() < 0.5:
            g, s = names.invented(rng, self.lang, gender)
            p = Person(g, s, gender, "invented", True)
            self.people.append(p)
            return p
        for _ in range(100):
            o = origin or self._origin(local)
            lists = names.ORIGINS[o]
            g = rng.choice(lists[gender])
            s = rng.choice(lists["s"])
            if word and rng.random() < 0.04:
                w = rng.choice(names.WORD_NAMES[self.lang])
                if w in names.all_surnames() and rng.random() < 0.7:
                    s = w
                elif any(w in names.ORIGINS[x][gender] for x in names.ORIGINS):
                    g = w
            if o in ("german", "austrian", "swiss") and rng.random() < 0.05:
                s2 = rng.choice(lists["s"])
                if s2 != s and " " not in s and " " not in s2 and "-" not in s + s2:
                    s = f"{s}-{s2}"
            if o in ("german", "austrian", "french") and gender == "f" and rng.random() < 0.04 and "-" not in g:
                g2 = rng.choice(lists["f"])
                if g2 != g and "-" not in g2 and " " not in g2:
                    g = f"{g}-{g2}"
            if o in ("english", "us") and rng.random() < 0.03:
                s2 = rng.choice(names.ORIGINS[o]["s"])
                if s2 != s and "-" not in s + s2:
                    s = f"{s}-{s2}"
            if noapos and ("'" in g + s):
                continue
            if any(q.sur == s or q.given == g for q in self.people):
                continue
            p = Person(g, s, gender, o, False)
            self.people.append(p)
            return p
        raise RuntimeError("no person")

    def _origin(self, local):
        w = list(names.WEIGHTS[self.lang])
        boost = {"AT": "austrian", "CH": "swiss", "US": "us", "IE": "irish", "GB": "english"}.get(self.region)
        w = [(o, x * (3 if o == boost else 1)) for o, x in w]
        if local:
            keep = {"de": ("german", "austrian", "swiss"), "en": ("english", "us", "irish", "scottish", "welsh")}[self.lang]
            w = [(o, x) for o, x in w if o in keep]
        return self.rng.choices([o for o, _ in w], [x for _, x in w])[0]

    # --- values, each a labelled piece (or a list of pieces)
    def email(self, p: Person, work=False, domain=None):
        if domain is None:
            domain = self.pick(WORK_DOMAINS[self.lang]) if work else self.pick(MAIL.get(self.region, MAIL["DE"]))
        return lab(f"{p.local(self.rng)}@{domain}", "EMAIL")

    def staff_email(self, p: Person):
        g, s = fold(p.given.split()[0].split("-")[0]).lower(), fold(p.sur).lower()
        return lab(f"{self.pick([f'{g}.{s}', f'{g[0]}.{s}', g, f'{g}.{s[0]}'])}@{STAFF_DOMAIN[self.lang]}", "EMAIL")

    def phone(self, country=None, mobile=None, intl=None):
        if country is None:
            country = self.foreign_country() if self.chance(0.08) else self.region
        value = val.phone(self.rng, country, mobile, intl)
        self.drawn.append((value, country))
        return lab(value, "PHONE")

    def addr_obj(self, country=None, prefix=None):
        if country is None:
            country = self.foreign_country() if self.chance(0.22) else self.region
        a = val.Address(self.rng, country, prefix)
        self.drawn.append((a.street, country))
        return a

    def addr(self, country=None, style=None, a=None):
        a = a or self.addr_obj(country)
        style = style or self.pick(["one", "one", "two", "street"])
        if style == "street":
            return lab(a.street, "STREET_ADDRESS")
        return lab(a.one() if style == "one" else a.two(), "STREET_ADDRESS")

    def foreign_country(self):
        """A country other than the text's region: neighbours and the other layouts of the bank."""
        if self.lang == "de":
            pairs = [("DE", 10), ("AT", 8), ("CH", 6), ("IT", 26), ("FR", 22), ("NL", 22), ("GB", 4), ("US", 1), ("IE", 1)]
        else:
            pairs = [("GB", 4), ("US", 4), ("IE", 4), ("DE", 16), ("FR", 22), ("NL", 20), ("IT", 20), ("AT", 6), ("CH", 4)]
        pairs = [(k, w) for k, w in pairs if k != self.region]
        return self.rng.choices([k for k, _ in pairs], [w for _, w in pairs])[0]

    def iban(self, country=None, grouped=None):
        if country is None:
            country = {"DE": "DE", "AT": "AT", "CH": "CH", "GB": "GB", "IE": "IE", "US": "GB"}[self.region]
            if self.chance(0.12):
                country = self.pick(["DE", "NL", "FR", "IT", "ES", "AT"])
        return lab(val.iban(self.rng, country, grouped), "IBAN")

    def card(self, style=None):
        return lab(val.card(self.rng, style), "CREDIT_CARD")

    def taxid(self, grouped=None):
        return lab(val.taxid(self.rng, grouped), "DE_TAX_ID")

    def ip(self, kind=None):
        return lab(val.ip(self.rng, kind), "IP_ADDRESS")

    # --- look-alikes (plain strings)
    def order(self):
        return val.order_no(self.rng)

    def tracking(self):
        return val.tracking_no(self.rng)

    def custno(self):
        return val.customer_no(self.rng)

    def ticket(self):
        return val.ticket_no(self.rng)

    def date(self, short=False):
        """A date; all dates of one text share one written form."""
        if self._date_style is None:
            if self.lang == "de":
                self._date_style = self.rng.choices([0, 1, 2], [55, 25, 20])[0]
            elif self.region == "US":
                self._date_style = self.rng.choice([1, 2, 4])
            else:
                self._date_style = self.rng.choice([0, 2, 3])
        return val.date(self.rng, self.lang, short, self._date_style)

    def clock(self):
        return val.clock(self.rng, self.lang)

    def product(self):
        sku, name = self.pick(val.SKUS)
        return name

    def sku(self):
        return val.sku_variant(self.rng)[0]

    def price(self, sku=None):
        return val.price(self.rng, self.lang, sku)

    def colour(self):
        return self.pick(val.COLOURS[self.lang])

    def size(self):
        return self.pick(val.SIZES)

    def kind(self, product):
        return val.PRODUCT_KIND[self.lang][product]

    def gtin(self):
        return val.gtin13(self.rng)

    def company(self):
        return self.pick(val.COMPANIES[self.lang])


# ---------------------------------------------------------------- layout helpers


def json_str(v):
    """A JSON string literal of a plain string or a labelled piece (the span covers the content)."""
    if isinstance(v, tuple):
        return ['"', v, '"']
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def json_obj(items, indent=2, level=0, compact=False):
    """items: list of (key, value); value a string, piece, number (as str prefixed with '#'), None,
    bool, list of items (object) or ('@list', [...]) for arrays."""
    pad = "" if compact else " " * (indent * (level + 1))
    end = "" if compact else " " * (indent * level)
    nl = "" if compact else "\n"
    sep = ", " if compact else ",\n"
    out = ["{", nl]
    for i, (k, v) in enumerate(items):
        out.append(f'{pad}"{k}": ')
        out.append(json_value(v, indent, level + 1, compact))
        if i < len(items) - 1:
            out.append(sep)
    out.append(nl + end + "}")
    return out


def json_value(v, indent, level, compact):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str) and v.startswith("#"):
        return v[1:]
    if isinstance(v, (str, tuple)):
        return json_str(v)
    if isinstance(v, dict):
        raise TypeError("use lists of pairs")
    if isinstance(v, list) and v and v[0] == "@list":
        items = v[1]
        out = ["["]
        for i, x in enumerate(items):
            out.append(json_value(x, indent, level, compact))
            if i < len(items) - 1:
                out.append(", ")
        out.append("]")
        return out
    return json_obj(v, indent, level, compact)


def csv_cell(v, sep=","):
    """A CSV cell; quoted when it holds the separator, a quote or a comma."""
    text = v[0] if isinstance(v, tuple) else v
    if sep in text or '"' in text or "," in text or "\n" in text:
        if isinstance(v, tuple):
            if '"' in text:
                raise Redraw(text)
            return ['"', v, '"']
        return '"' + text.replace('"', '""') + '"'
    return v


def row(cells, sep=",", quote=True):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(sep)
        out.append(csv_cell(c, sep) if quote else c)
    return out


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |\n", "|" + "|".join(["---"] * len(header)) + "|\n"]
    for r in rows:
        out.append("| ")
        for i, c in enumerate(r):
            if i:
                out.append(" | ")
            out.append(c)
        out.append(" |\n")
    return out


def sql_val(v):
    if v is None:
        return "NULL"
    if isinstance(v, tuple):
        if "'" in v[0]:
            raise Redraw(v[0])
        return ["'", v, "'"]
    if v.startswith("#"):
        return v[1:]
    return "'" + v.replace("'", "''") + "'"


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.\-]*")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?!\.?\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:.])((?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4})(?![0-9A-Za-z:])")
DIGITRUN_RE = re.compile(r"\d(?:[ \-]?\d)+")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")


def _groups(match_text, offset):
    """Digit groups of a run: [(start, end, digits)]."""
    out = []
    for m in re.finditer(r"\d+", match_text):
        out.append((offset + m.start(), offset + m.end(), m.group()))
    return out


def check(text: str, ents: list[dict], personal: bool) -> list[str]:
    """Problems of one rendering (empty when it passes)."""
    errs = []
    last_end = -1
    covered = bytearray(len(text))
    for e in ents:
        v = e["value"]
        if e["type"] not in TYPES:
            errs.append(f"type {e['type']}")
        if text[e["start"]: e["end"]] != v:
            errs.append(f"offset {e}")
        if not v or v != v.strip():
            errs.append(f"space at value end {v!r}")
        if e["start"] < last_end:
            errs.append(f"overlap or unsorted {v!r}")
        last_end = e["end"]
        for i in range(e["start"], e["end"]):
            covered[i] = 1
        t = e["type"]
        if t == "IBAN" and not val.iban_valid(v):
            errs.append(f"bad IBAN {v}")
        if t == "CREDIT_CARD" and not val.card_valid(v):
            errs.append(f"bad card {v}")
        if t == "DE_TAX_ID" and not val.taxid_valid(v):
            errs.append(f"bad tax id {v}")
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append(f"bad IP {v}")
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            errs.append(f"bad e-mail {v}")
        if t == "PHONE":
            nd = sum(c.isdigit() for c in v)
            if not 7 <= nd <= 15 or not (v[0] in "+(0" or v[0].isdigit()):
                errs.append(f"bad phone {v}")
        if t == "PERSON" and any(c.isdigit() for c in v):
            errs.append(f"digit in name {v}")

    def uncovered(a, b):
        return any(not covered[i] for i in range(a, b))

    for m in EMAIL_RE.finditer(text):
        if uncovered(m.start(), m.end()):
            errs.append(f"e-mail outside spans {m.group()}")
    for m in IPV4_RE.finditer(text):
        parts = m.group(1).split(".")
        if all(int(x) <= 255 for x in parts) and uncovered(m.start(1), m.end(1)):
            errs.append(f"IPv4 outside spans {m.group(1)}")
    for m in IPV6_RE.finditer(text):
        cand = m.group(1)
        if cand.count(":") < 2 or not any(c in "0123456789abcdefABCDEF" for c in cand):
            continue
        try:
            ipaddress.IPv6Address(cand)
        except ValueError:
            continue
        if uncovered(m.start(1), m.end(1)):
            errs.append(f"IPv6 outside spans {cand}")
    for m in DIGITRUN_RE.finditer(text):
        gs = _groups(m.group(), m.start())
        for i in range(len(gs)):
            digits = ""
            for j in range(i, len(gs)):
                digits += gs[j][2]
                if len(digits) > 19:
                    break
                a, b = gs[i][0], gs[j][1]
                if len(digits) in (15, 16) and val.card_issuer(digits) and val.luhn_ok(digits) and uncovered(a, b):
                    errs.append(f"card outside spans {text[a:b]}")
                if len(digits) == 11 and val.taxid_valid(digits) and uncovered(a, b):
                    errs.append(f"tax id outside spans {text[a:b]}")
    for m in IBAN_RE.finditer(text):
        country = m.group()[:2]
        n = val.IBAN_LEN.get(country)
        if not n:
            continue
        compact, idx = "", []
        for k, ch in enumerate(m.group()):
            if ch != " ":
                compact += ch
                idx.append(m.start() + k)
        if len(compact) >= n and val.iban_valid(compact[:n]) and uncovered(idx[0], idx[n - 1] + 1):
            errs.append(f"IBAN outside spans {compact[:n]}")

    # no unlabelled whole-word copy of a labelled person's name part
    exempt = bytearray(covered)
    for rx in (EMAIL_RE, HANDLE_RE):
        for m in rx.finditer(text):
            for i in range(m.start(), m.end()):
                exempt[i] = 1
    seen = {}
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for part in re.split(r"[\s,.\-'’]+", e["value"]):
            key = part.lower()
            if len(part) < 2 or key in names.PARTICLES or key in seen:
                continue
            seen[key] = 1
            for m in re.finditer(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text, re.IGNORECASE):
                if any(not exempt[i] for i in range(m.start(), m.end())):
                    errs.append(f"unlabelled name part {part!r}")
                    break
    if personal and not ents:
        errs.append("personal text without span")
    if not personal and ents:
        errs.append("clean text with spans")
    return errs
