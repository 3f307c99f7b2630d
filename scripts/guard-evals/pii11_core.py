"""Machinery of the eleventh PII bank: people, addresses, phone numbers, checksummed values,
look-alike values, the template renderer and the checks.

Templates are plain strings with
  * slots `{ns.key}`: `{p1.full}`, `{s.caps}`, `{a1.line}`, `{v.iban1}`, `{d.order}`, `{x.signoff}`;
  * alternatives `⟨a|b|c⟩` (nested allowed, innermost first; an alternative may be empty).
Each slot renders to pieces `(text, label or None)`; a label starting with `_` marks a protected
span (a social-media handle) that is neither an entity nor an unlabelled mention. Entities are
recorded in Unicode code points.

Namespaces: `p1`…`p9`, `s`, `s2`, `s3` are people (`s` for the staff member who signs or writes),
`a1`… addresses without a person, `v` values (`ip`, `iban`, `card`, `tax`, `phone`, `email`;
a trailing digit caches the value: `{v.ip1}` twice is the same address), `d` look-alike values
that are never labelled (same caching rule), `x` phrase lists of the language module.

Every phrase list is cut into two disjoint halves by position (`Ctx.pick`): even positions for
dev11, odd positions for heldout11.
"""

import random
import re
import unicodedata

import common
import pii11_data as D

PARITY = {"dev11": 0, "heldout11": 1}

ALT = re.compile(r"⟨([^⟨⟩]*)⟩")
SLOT = re.compile(r"\{([a-z][a-z0-9]*)\.([A-Za-z][A-Za-z0-9_]*)\}")
PERSON_NS = re.compile(r"^(p[0-9]|s[0-9]?)$")

REGIONS = {"de": [("DE", 70), ("AT", 16), ("CH", 14)], "en": [("GB", 40), ("US", 35), ("IE", 25)]}


def half(items, parity):
    """The dev (even positions) or heldout (odd positions) half of a list."""
    assert len(items) >= 2, items
    return items[parity::2]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- names


def transliterate(s, locale):
    if locale == "el_GR":
        s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
        out, i = [], 0
        low = s.lower()
        while i < len(s):
            pair = low[i : i + 2]
            if pair in D.GREEK_PAIRS:
                t = D.GREEK_PAIRS[pair]
                i += 2
                src_upper = s[i - 2].isupper()
            else:
                t = D.GREEK.get(low[i], low[i])
                src_upper = s[i].isupper()
                i += 1
            out.append(t.capitalize() if src_upper else t)
        return "".join(out)
    if locale == "uk_UA":
        out = []
        for c in s:
            t = D.CYRILLIC.get(c.lower(), c)
            out.append(t.capitalize() if c.isupper() else t)
        return "".join(out)
    return s


def invented_name(rng):
    """A given name and a surname from this bank's own syllable generator (in no name list)."""

    def syl():
        return rng.choice(D.INV_ONSETS) + rng.choice(D.INV_VOWELS) + rng.choice(D.INV_CODAS)

    first = (syl() + rng.choice(D.INV_FIRST_ENDS)).capitalize()
    last = (syl() + (syl() if rng.random() < 0.5 else "") + rng.choice(D.INV_LAST_ENDS)).capitalize()
    return first, last


HONORIFICS = {
    "de": {"f": ["Frau", "Frau", "Frau", "Frau Dr."], "m": ["Herr", "Herr", "Herr", "Herr Dr."]},
    "en": {"f": ["Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr"], "m": ["Mr", "Mr.", "Mr", "Dr."]},
}
PRONOUNS = {
    "de": {
        "f": {"pron": "sie", "Pron": "Sie", "poss": "ihr", "Poss": "Ihr", "ihm": "ihr", "ihn": "sie", "kunde": "die Kundin",
              "Kunde": "Die Kundin", "kollege": "die Kollegin", "Kollege": "Die Kollegin", "der": "die", "Der": "Die", "einen": "eine"},
        "m": {"pron": "er", "Pron": "Er", "poss": "sein", "Poss": "Sein", "ihm": "ihm", "ihn": "ihn", "kunde": "der Kunde",
              "Kunde": "Der Kunde", "kollege": "der Kollege", "Kollege": "Der Kollege", "der": "der", "Der": "Der", "einen": "einen"},
    },
    "en": {
        "f": {"pron": "she", "Pron": "She", "poss": "her", "Poss": "Her", "obj": "her"},
        "m": {"pron": "he", "Pron": "He", "poss": "his", "Poss": "His", "obj": "him"},
    },
}


class Person:
    def __init__(self, ctx, country, staff=False):
        rng = ctx.rng
        self.ctx = ctx
        self.country = country
        self.staff = staff
        self.gender = rng.choice("fm")
        self.invented = rng.random() < 0.11
        if self.invented:
            self.locale = "invented"
            first, last = invented_name(rng)
        else:
            self.locale = common.weighted_choice(rng, D.NAME_LOCALES[ctx.lang])
            f = common.fake(self.locale, rng)
            for _ in range(20):
                first = f.first_name_female() if self.gender == "f" else f.first_name_male()
                last = f.last_name()
                if self.locale in D.TRANSLITERATE:
                    first, last = transliterate(first, self.locale), transliterate(last, self.locale)
                if first != last and first.replace("-", "").replace(" ", "").replace("'", "").replace("’", "").isalpha() and len(last) > 1:
                    break
            r = rng.random()
            if r < 0.06:
                # hyphenated double surname
                last2 = f.last_name()
                if self.locale in D.TRANSLITERATE:
                    last2 = transliterate(last2, self.locale)
                if " " not in last and " " not in last2 and last2 != last:
                    last = f"{last}-{last2}"
            elif r < 0.09 and self.locale in ("de_DE", "de_AT", "de_CH"):
                last = rng.choice(["von ", "von der ", "zu ", "von "]) + last
            elif r < 0.11 and self.locale in ("en_US", "en_GB", "en_IE", "fr_FR", "es_ES", "it_IT", "nl_NL"):
                last = {"en_US": "Mc", "en_GB": "Mac", "en_IE": "O'", "fr_FR": "de la ", "es_ES": "de la ", "it_IT": "De ", "nl_NL": "van der "}[self.locale] + last
            if rng.random() < 0.04 and self.locale in ("de_DE", "de_AT", "fr_FR", "de_CH") and "-" not in first and " " not in first:
                second = common.fake(self.locale, rng).first_name_female() if self.gender == "f" else common.fake(self.locale, rng).first_name_male()
                if second != first and " " not in second and "-" not in second:
                    first = f"{first}-{second}"
        self.first, self.last = first, last
        self.full = f"{first} {last}"
        nicks = D.NICKNAMES.get(first)
        self.nick = rng.choice(nicks) if nicks else first
        self.honorific = rng.choice(HONORIFICS[ctx.lang][self.gender])
        self.cache = {}

    # ---- forms -------------------------------------------------------------

    def initial(self):
        parts = re.split(r"([- ])", self.first)
        return "".join(p[0] + "." if p not in ("-", " ") and p else p for p in parts).replace(". ", ".")

    def last_initial(self):
        for c in self.last:
            if c.isupper():
                return c + "."
        return self.last[0].upper() + "."

    def form(self, key):
        """Pieces of one name form."""
        P = "PERSON"
        lang = self.ctx.lang
        g = self.gender
        if key == "full":
            return [(self.full, P)]
        if key == "first":
            return [(self.first, P)]
        if key == "last":
            return [(self.last, P)]
        if key == "lc":
            return [(self.first.lower(), P)]
        if key == "flc":
            return [(self.full.lower(), P)]
        if key == "caps":
            return [(self.full.upper(), P)]
        if key == "LAST":
            return [(self.last.upper(), P)]
        if key == "FIRST":
            return [(self.first.upper(), P)]
        if key == "LASTFIRST":
            return [(f"{self.last.upper()} {self.first.upper()}", P)]
        if key == "fLAST":
            return [(f"{self.first} {self.last.upper()}", P)]
        if key == "ini":
            return [(f"{self.initial()} {self.last}", P)]
        if key == "abbr":
            return [(f"{self.first} {self.last_initial()}", P)]
        if key == "lf":
            return [(f"{self.last}, {self.first}", P)]
        if key == "LF":
            return [(f"{self.last.upper()}, {self.first}", P)]
        if key == "nick":
            return [(self.nick, P)]
        if key == "nicklc":
            return [(self.nick.lower(), P)]
        if key == "hon":
            return [(self.honorific + " ", None), (self.last, P)]
        if key == "honf":
            return [(self.honorific + " ", None), (self.full, P)]
        if key == "hons":
            # the short written honorific of notes: Fr./Hr., Ms/Mr
            h = {"de": {"f": "Fr.", "m": "Hr."}, "en": {"f": "Ms", "m": "Mr"}}[lang][g]
            return [(h + " ", None), (self.last, P)]
        if key == "honlc":
            h = {"de": {"f": "frau", "m": "herr"}, "en": {"f": "ms", "m": "mr"}}[lang][g]
            return [(h + " ", None), (self.last.lower(), P)]
        if key == "envelope":
            # German letters put the honorific on a line of its own: "Herrn⏎Jonas Weber"
            h = {"de": {"f": "Frau", "m": "Herrn"}, "en": {"f": "Ms", "m": "Mr"}}[lang][g]
            return [(h + "\n", None), (self.full, P)]
        if key == "dat":
            h = self.honorific.replace("Herr", "Herrn", 1) if lang == "de" else self.honorific
            return [(h + " ", None), (self.last, P)]
        if key == "datf":
            h = self.honorific.replace("Herr", "Herrn", 1) if lang == "de" else self.honorific
            return [(h + " ", None), (self.full, P)]
        if key == "sal":
            if lang == "de":
                h = "Sehr geehrte Frau" if g == "f" else "Sehr geehrter Herr"
                if self.honorific.endswith("Dr."):
                    h += " Dr."
            else:
                h = "Dear " + self.honorific
            return [(h + " ", None), (self.last, P)]
        if key == "lieb":
            h = {"de": {"f": "Liebe", "m": "Lieber"}, "en": {"f": "Dear", "m": "Dear"}}[lang][g]
            return [(h + " ", None), (self.first, P)]
        if key == "mention":
            return [("@", None), (self.full, P)]
        if key == "mfirst":
            return [("@", None), (self.first, P)]
        if key in PRONOUNS[lang][g]:
            return [(PRONOUNS[lang][g][key], None)]
        if key == "handle":
            return [(self.value("handle"), "_HANDLE")]
        labels = {"email": "EMAIL", "email2": "EMAIL", "biz": "EMAIL", "work": "EMAIL", "phone": "PHONE", "mobile": "PHONE", "iban": "IBAN", "card": "CREDIT_CARD",
                  "tax": "DE_TAX_ID", "ip": "IP_ADDRESS", "addr": "STREET_ADDRESS", "addr1": "STREET_ADDRESS", "street": "STREET_ADDRESS"}
        if key in labels:
            return [(self.value(key), labels[key])]
        if key in ("town", "zip", "country"):
            self.value("addr1")
            return [(self.cache["_address"].__dict__[key], None)]
        raise KeyError(f"person form {key}")

    def value(self, key):
        if key in self.cache:
            return self.cache[key]
        ctx, rng = self.ctx, self.ctx.rng
        if key == "email":
            v = personal_email(rng, self.first, self.last, self.country)
        elif key == "email2":
            for _ in range(10):
                v = personal_email(rng, self.first, self.last, self.country)
                if v != self.cache.get("email"):
                    break
        elif key == "biz":
            f, l = common.ascii_fold(self.first).lower(), common.ascii_fold(self.last.replace(" ", "")).lower()
            v = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}", f"{f}"]) + "@" + rng.choice(D.DEALER_DOMAINS[ctx.lang])
        elif key == "work":
            v = work_email(rng, self.first, self.last, self.country)
        elif key == "phone":
            v = phone(rng, self.country)
        elif key == "mobile":
            v = phone(rng, self.country, mobile=True)
        elif key == "iban":
            v = iban_for(rng, self.country)
        elif key == "card":
            v = common.credit_card(rng)
        elif key == "tax":
            v = common.de_tax_id(rng)
        elif key == "ip":
            v = ip(rng)
        elif key == "handle":
            v = handle(rng, self.first, self.last)
        elif key in ("addr", "addr1", "street"):
            if "_address" not in self.cache:
                self.cache["_address"] = Address(rng, self.country)
            a = self.cache["_address"]
            v = {"addr": a.block, "addr1": a.line, "street": a.street_only}[key]()
            # one address per person: the forms share street, number and town
        else:
            raise KeyError(key)
        self.cache[key] = v
        return v


def personal_email(rng, first, last, country):
    f, l = common.ascii_fold(first).lower(), common.ascii_fold(last.replace(" ", "")).lower()
    f = f.replace(".", "") or "x"
    l = l.replace(".", "") or "y"
    local = rng.choice(
        [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}{rng.randint(1, 99)}", f"{l}{rng.randint(60, 99)}",
         f"{f[0]}{l}{rng.randint(1, 9)}", f"{f}.{l}{rng.randint(80, 99)}", f"{f}-{l}",
         rng.choice(["bergziege", "gipfelglueck", "trailrunner", "wanderlust", "hillwalker", "kletterfee", "fjellfan", "outdoor.fan"]) + str(rng.randint(7, 999))]
    ).strip(".-_")
    dom = rng.choice(D.MAIL_DOMAINS.get(country, D.MAIL_DOMAINS["DE"]))
    return f"{local}@{dom}"


def work_email(rng, first, last, country):
    f, l = common.ascii_fold(first).lower(), common.ascii_fold(last.replace(" ", "")).lower()
    dom = "talgrat.de" if country in ("DE", "AT", "CH") else "talgrat.com"
    return rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}"]) + "@" + dom


def handle(rng, first, last):
    w = rng.choice(["trails", "draussen", "unterwegs", "outdoors", "peaks", "wild", "hikes", "bergauf", "summits", "adventures"])
    f = common.ascii_fold(first).lower().replace("-", "").replace(".", "")
    return "@" + rng.choice([f"{f}_{w}", f"{w}_{f[:3]}{rng.randint(1, 99)}", f"the_{w}_{rng.randint(10, 99)}", f"{f[0]}{common.ascii_fold(last).lower()[:4]}_{w}", f"{w}with{f}"])


# ---------------------------------------------------------------- phones (formats shared by both splits)

DE_AREAS = ["30", "40", "89", "221", "69", "711", "351", "341", "761", "911", "8321", "7531", "228", "511", "421", "8322", "8821"]
DE_MOBILE = ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "1512", "1520"]
AT_AREAS = ["1", "316", "662", "512", "732", "463", "5574", "5356"]
AT_MOBILE = ["664", "676", "699", "650", "660", "681"]
CH_AREAS = ["44", "31", "61", "41", "71", "81", "27", "33", "52"]
CH_MOBILE = ["76", "77", "78", "79"]
US_AREAS = ["303", "720", "503", "971", "541", "206", "425", "509", "802", "828", "608", "801", "406", "928", "218", "734", "512", "518", "207", "423", "208", "916", "775", "718", "612"]
IE_AREAS = ["1", "91", "98", "94", "66", "64", "21", "61", "71", "56", "65"]
IE_MOBILE = ["83", "85", "86", "87", "89"]


def group2(s):
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def phone(rng, country, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.45
    if country == "DE":
        a = rng.choice(DE_MOBILE) if mobile else rng.choice(DE_AREAS)
        sub = digits(rng, 11 - len(a)) if mobile else digits(rng, rng.choice([6, 7]) if len(a) <= 3 else rng.choice([5, 6]))
        sub = str(rng.randint(1, 9)) + sub[1:]
        forms = [f"0{a} {sub}", f"+49 {a} {sub}", f"0{a}/{sub}", f"+49 (0){a} {sub}", f"0049 {a} {sub}", f"+49-{a}-{sub}", f"0{a} {sub[:3]} {sub[3:]}"]
        if mobile:
            forms += [f"0{a}-{sub}", f"0{a}/{sub}", f"+49 {a} {sub[:3]} {sub[3:]}", f"+49{a}{sub}"]
        else:
            forms += [f"(0{a}) {group2(sub)}", f"0{a} / {group2(sub)}", f"0{a}-{sub}", f"(0{a}) {sub}"]
        return rng.choice(forms)
    if country == "AT":
        a = rng.choice(AT_MOBILE) if mobile else rng.choice(AT_AREAS)
        sub = str(rng.randint(2, 9)) + digits(rng, 6 if mobile else rng.choice([5, 6]))
        forms = [f"+43 {a} {sub}", f"0{a} {sub}", f"0043 {a} {sub}", f"+43 (0){a} {sub}", f"0{a}/{sub}", f"+43 {a} {sub[:3]} {group2(sub[3:])}"]
        if not mobile:
            forms += [f"(0{a}) {group2(sub)}"]
        return rng.choice(forms)
    if country == "CH":
        a = rng.choice(CH_MOBILE) if mobile else rng.choice(CH_AREAS)
        sub = str(rng.randint(2, 9)) + digits(rng, 6)
        g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
        return rng.choice([f"+41 {a} {g}", f"0{a} {g}", f"0041 {a} {g}", f"+41 (0){a} {g}", f"0{a} {sub}", f"+41{a}{sub}"])
    if country == "GB":
        if mobile:
            sub = "7" + str(rng.randint(4, 9)) + digits(rng, 8)
            return rng.choice([f"0{sub[:4]} {sub[4:]}", f"+44 {sub[:4]} {sub[4:]}", f"+44 (0){sub[:4]} {sub[4:]}", f"0{sub[:4]}-{sub[4:]}", f"+44{sub}"])
        kind = rng.choice(["london", "city", "rural"])
        if kind == "london":
            sub = rng.choice(["7", "8", "3"]) + digits(rng, 7)
            return rng.choice([f"020 {sub[:4]} {sub[4:]}", f"+44 20 {sub[:4]} {sub[4:]}", f"+44 (0)20 {sub[:4]} {sub[4:]}", f"(020) {sub[:4]} {sub[4:]}"])
        if kind == "city":
            a = rng.choice(["113", "114", "115", "116", "117", "121", "131", "141", "151", "161", "191"])
            sub = str(rng.randint(2, 9)) + digits(rng, 6)
            return rng.choice([f"0{a} {sub[:3]} {sub[3:]}", f"+44 {a} {sub[:3]} {sub[3:]}", f"(0{a}) {sub[:3]} {sub[3:]}", f"0{a} {sub}"])
        a = rng.choice(["1539", "17687", "1463", "1865", "1223", "1392", "1225", "1603", "1248"])
        sub = str(rng.randint(2, 9)) + digits(rng, 10 - len(a) - 1)
        return rng.choice([f"0{a} {sub}", f"+44 {a} {sub}", f"(0{a}) {sub}"])
    if country == "US":
        a = rng.choice(US_AREAS)
        e = str(rng.randint(2, 9)) + digits(rng, 2)
        n = digits(rng, 4)
        return rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", f"{a}.{e}.{n}", f"+1 ({a}) {e}-{n}", f"1-{a}-{e}-{n}", f"({a}){e}-{n}", f"+1-{a}-{e}-{n}"])
    if country == "IE":
        if mobile:
            a = rng.choice(IE_MOBILE)
            sub = str(rng.randint(1, 9)) + digits(rng, 6)
            return rng.choice([f"0{a} {sub[:3]} {sub[3:]}", f"+353 {a} {sub[:3]} {sub[3:]}", f"0{a}-{sub}", f"0{a} {sub}", f"+353 (0){a} {sub[:3]} {sub[3:]}"])
        a = rng.choice(IE_AREAS)
        sub = str(rng.randint(2, 9)) + digits(rng, 6 if a == "1" else 5)
        return rng.choice([f"(0{a}) {sub[:3]} {sub[3:]}", f"0{a} {sub[:3]} {sub[3:]}", f"+353 {a} {sub[:3]} {sub[3:]}", f"+353 (0){a} {sub}", f"0{a} {sub}"])
    raise KeyError(country)


# ---------------------------------------------------------------- addresses (layouts shared by both splits)


class Address:
    def __init__(self, rng, country):
        self.rng = rng
        self.country_code = country
        self.country = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "United Kingdom", "US": "USA", "IE": "Ireland"}[country]
        if country == "DE":
            if rng.random() < 0.6:
                st = rng.choice(D.DE_STREETS)
            else:
                st = common.fake("de_DE", rng).street_name()
            if rng.random() < 0.2:
                st = st.replace("straße", "str.").replace("Straße", "Str.")
            self.street = st
            self.number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140)])) + (rng.choice(["a", "b", "c", " a"]) if rng.random() < 0.12 else "")
            if rng.random() < 0.75:
                self.zip, self.town = rng.choice(D.DE_TOWNS)
            else:
                self.zip, self.town = common.fake("de_DE", rng).postcode(), common.fake("de_DE", rng).city()
        elif country == "AT":
            self.street = rng.choice(D.AT_STREETS) if rng.random() < 0.7 else common.fake("de_AT", rng).street_name()
            n = str(rng.randint(1, 80))
            r = rng.random()
            if r < 0.3:
                n += f"/{rng.randint(1, 4)}/{rng.randint(1, 24)}"
            elif r < 0.55:
                n += f"/{rng.randint(1, 30)}"
            self.number = n
            self.zip, self.town = rng.choice(D.AT_TOWNS)
        elif country == "CH":
            self.street = rng.choice(D.CH_STREETS) if rng.random() < 0.7 else common.fake("de_CH", rng).street_name()
            self.number = str(rng.randint(1, 90)) + (rng.choice(["a", "b"]) if rng.random() < 0.1 else "")
            self.zip, self.town = rng.choice(D.CH_TOWNS)
        elif country == "GB":
            self.street = rng.choice(D.GB_STREETS)
            self.number = str(rng.randint(1, 180))
            self.town, out = rng.choice(D.GB_TOWNS)
            self.zip = f"{out} {rng.randint(1, 9)}{rng.choice(D.GB_POST_LETTERS)}{rng.choice(D.GB_POST_LETTERS)}"
        elif country == "US":
            self.street = rng.choice(D.US_STREETS)
            self.number = str(rng.randint(10, 9899))
            self.town, self.state, pre = rng.choice(D.US_TOWNS)
            self.zip = pre + digits(rng, 2)
        elif country == "IE":
            self.street = rng.choice(D.IE_STREETS)
            self.number = str(rng.randint(1, 60))
            if rng.random() < 0.25:
                d, key = rng.choice(D.IE_DUBLIN)
                self.town, self.county, self.key = f"Dublin {d}", None, key
            else:
                self.town, self.county, self.key = rng.choice(D.IE_TOWNS)
            self.zip = self.key + " " + "".join(rng.choice(D.EIR_CHARS) for _ in range(4))
        self.kind = rng.random()
        self._fixed = None
        self._sep = None

    def street_only(self):
        c = self.country_code
        if c in ("DE", "AT", "CH"):
            return f"{self.street} {self.number}"
        return f"{self.number} {self.street}"

    def _lines(self):
        """(first line, second line) of the address in the country's layout, drawn once."""
        if self._fixed is None:
            self._fixed = self._draw_lines()
        return self._fixed

    def _draw_lines(self):
        rng, c = self.rng, self.country_code
        if c == "DE":
            extra = rng.choice(["", "", "", "", f", {rng.randint(1, 5)}. OG", f", Whg. {rng.randint(1, 14)}", ", Hinterhaus"])
            pre = "D-" if rng.random() < 0.1 else ""
            return f"{self.street} {self.number}{extra}", f"{pre}{self.zip} {self.town}"
        if c == "AT":
            pre = "A-" if rng.random() < 0.15 else ""
            return f"{self.street} {self.number}", f"{pre}{self.zip} {self.town}"
        if c == "CH":
            pre = "CH-" if rng.random() < 0.2 else ""
            return f"{self.street} {self.number}", f"{pre}{self.zip} {self.town}"
        if c == "GB":
            r = self.kind
            if r < 0.15:
                first = f"Flat {rng.randint(1, 12)}, {self.number} {self.street}"
            elif r < 0.25:
                first = f"{rng.choice(D.GB_HOUSE_NAMES)}, {self.street}"
            else:
                first = f"{self.number} {self.street}"
            return first, f"{self.town}{rng.choice([' ', ', ', ' '])}{self.zip}"
        if c == "US":
            r = self.kind
            unit = ""
            if r < 0.12:
                unit = f", Apt {rng.randint(1, 40)}"
            elif r < 0.2:
                unit = f" #{rng.randint(100, 999)}"
            elif r < 0.26:
                unit = f", Unit {rng.choice('ABCDEF')}"
            return f"{self.number} {self.street}{unit}", f"{self.town}, {self.state} {self.zip}"
        if c == "IE":
            r = self.kind
            if self.county is None:
                first = f"{self.number} {self.street}" if r > 0.3 else f"Apt {rng.randint(1, 40)}, {rng.choice(D.IE_ESTATES)}"
                return first, f"{self.town}{rng.choice([' ', ', '])}{self.zip}"
            if r < 0.12:
                return f"{rng.choice(D.IE_TOWNLANDS)}", f"{self.town}, Co. {self.county} {self.zip}"
            if r < 0.25:
                first = f"{rng.randint(1, 60)} {rng.choice(D.IE_ESTATES)}"
            else:
                first = f"{self.number} {self.street}"
            return first, f"{self.town}, Co. {self.county}{rng.choice([' ', ', '])}{self.zip}"
        raise KeyError(c)

    def line(self):
        a, b = self._lines()
        if self._sep is None:
            plain = "," not in a and self.country_code in ("DE", "AT", "CH")
            self._sep = " " if plain and self.rng.random() < 0.12 else ", "
        return f"{a}{self._sep}{b}"

    def block(self):
        a, b = self._lines()
        return f"{a}\n{b}"


def iban_for(rng, country):
    c = {"DE": "DE", "AT": "AT", "CH": "CH", "GB": "GB", "IE": "IE"}.get(country)
    if c is None or rng.random() < 0.1:
        c = rng.choice(["NL", "FR", "IT", "ES", "DE", "GB"])
    return common.iban(rng, c, grouped=rng.random() < 0.7)


def ip(rng):
    r = rng.random()
    if r < 0.55:
        return common.ipv4(rng)
    if r < 0.75:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    if r < 0.92:
        return common.ipv6(rng)
    return "2001:db8:" + ":".join(format(rng.randint(0, 0xFFFF), "x") for _ in range(2)) + "::" + format(rng.randint(1, 0xFFFF), "x")


# ---------------------------------------------------------------- look-alike values (never labelled)


def lookalike(kind, rng, lang):
    d = lambda n: digits(rng, n)  # noqa: E731
    y = rng.randint(2023, 2026)
    if kind == "order":
        return rng.choice([f"TG-{y}-{d(6)}", f"{rng.randint(3, 4)}{d(8)}", f"#{d(6)}", f"TG{d(7)}", f"W{d(8)}", f"{d(3)}-{d(7)}"])
    if kind == "order10":
        # a ten-digit order number that starts with 0, shaped like a phone number
        return "0" + str(rng.randint(1, 9)) + d(8)
    if kind == "invoice":
        return rng.choice([f"RE-{y}-{d(5)}", f"INV-{d(6)}", f"{y}/{d(5)}", f"R{d(8)}", f"GS-{y}-{d(4)}"])
    if kind == "customer":
        return rng.choice([f"KD-{d(7)}", f"C{d(8)}", f"{d(6)}", f"TG-K{d(6)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(5)}", f"T-{d(6)}", f"CS-{d(5)}", f"{d(7)}"])
    if kind == "tracking":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}E{rng.choice('ABCDEFX')}{d(11)}", f"JJD{d(18)}", f"H{d(19)}", f"CD{d(9)}DE", f"{d(14)}", f"RR{d(9)}GB"])
    if kind == "sku":
        return rng.choice([f"{d(5)}-{d(2)}", f"TG-{d(4)}-{rng.choice(['S', 'M', 'L', 'XL'])}", f"{d(6)}", f"A{d(3)}.{d(3)}", f"{d(3)}.{d(3)}.{d(2)}", f"ART-{d(5)}"])
    if kind == "gtin":
        return common.gtin13(rng)
    if kind == "lot":
        return rng.choice([f"LOT {d(2)}-{d(3)}", f"Charge {d(6)}" if lang == "de" else f"batch {d(6)}", f"L{d(5)}"])
    if kind == "date":
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        if lang == "de":
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.", f"{dd:02d}.{m:02d}.", f"{dd}. {['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][m - 1]}", f"{dd}.{m}.{y}"])
        mon = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "March"][m - 1]
        return rng.choice([f"{dd} {mon}", f"{mon} {dd}", f"{dd}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {mon[:3]}"])
    if kind == "topen":
        return f"{rng.choice([7, 8, 9, 9, 10])}:{rng.choice(['00', '30'])}" if lang == "de" else rng.choice([f"{rng.choice([7, 8, 9, 10])}:{rng.choice(['00', '30'])}", f"{rng.choice([8, 9, 10])}am"])
    if kind == "tclose":
        return f"{rng.choice([17, 18, 18, 19, 20])}:{rng.choice(['00', '30'])}" if lang == "de" else rng.choice([f"{rng.choice([17, 18, 19, 20])}:{rng.choice(['00', '30'])}", f"{rng.choice([5, 6, 7])}pm"])
    if kind == "dob":
        yy, mm, dd = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
        if lang == "de":
            return rng.choice([f"{dd:02d}.{mm:02d}.{yy}", f"{dd}.{mm}.{yy}"])
        return rng.choice([f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mm - 1]} {yy}", f"{yy}-{mm:02d}-{dd:02d}"])
    if kind == "hhmm":
        return f"{rng.randint(7, 19):02d}:{rng.choice(['00', '15', '30', '45', '05', '50'])}"
    if kind == "iso":
        return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "clf":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][rng.randint(0, 11)]
        return f"{rng.randint(1, 28):02d}/{mon}/{y}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0{rng.choice([0, 1, 2])}00"
    if kind == "time":
        h, mi = rng.randint(7, 19), rng.choice(["00", "15", "30", "45", "10", "50"])
        return f"{h}:{mi}" + (" Uhr" if lang == "de" and rng.random() < 0.5 else "") if lang == "de" else rng.choice([f"{h}:{mi}", f"{(h - 1) % 12 + 1}:{mi}{'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
    if kind == "price":
        e, c = rng.randint(9, 699), rng.choice(["00", "95", "99", "90", "50"])
        if lang == "de":
            return rng.choice([f"{e},{c} €", f"€ {e},{c}", f"{e},– €", f"EUR {e},{c}", f"CHF {e}.{c}", f"{e} Euro"])
        return rng.choice([f"£{e}.{c}", f"${e}.{c}", f"€{e}", f"€{e}.{c}", f"USD {e}.{c}", f"£{e}"])
    if kind == "zip":
        return rng.choice([d(5), str(rng.randint(1010, 9999))]) if lang == "de" else rng.choice([d(5), f"{rng.choice(D.GB_TOWNS)[1]}"])
    if kind == "qty":
        return str(rng.randint(2, 240))
    if kind == "pct":
        return f"{rng.randint(5, 50)} %" if lang == "de" else f"{rng.randint(5, 50)}%"
    if kind == "weight":
        return rng.choice([f"{rng.randint(140, 1900)} g", f"{rng.randint(1, 3)},{rng.randint(1, 9)} kg" if lang == "de" else f"{rng.randint(1, 3)}.{rng.randint(1, 9)} kg"])
    if kind == "volume":
        return f"{rng.choice([12, 18, 22, 28, 32, 38, 45, 55, 65])} l" if lang == "de" else f"{rng.choice([12, 18, 22, 28, 32, 38, 45, 55, 65])} L"
    if kind == "size":
        return rng.choice(D.SIZES)
    if kind == "product":
        return rng.choice(D.PRODUCTS)
    if kind == "kind":
        return rng.choice(D.KINDS[lang])
    if kind == "colour":
        return rng.choice(D.COLOURS[lang])
    if kind == "store":
        return rng.choice(D.STORES[lang])
    if kind == "carrier":
        return rng.choice(D.CARRIERS[lang])
    if kind == "dealer":
        return rng.choice(D.DEALERS[lang])
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 20)}.{rng.randint(0, 9)}", f"build {d(5)}"])
    if kind == "vat":
        return rng.choice([f"DE{d(9)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)}", f"GB{d(9)}", f"IE{d(7)}{rng.choice('ABCDW')}"])
    if kind == "weekday":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"] if lang == "de" else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    if kind == "month":
        return rng.choice(["Januar", "März", "April", "Mai", "Juni", "Juli", "Oktober", "November"] if lang == "de" else ["January", "March", "April", "May", "June", "July", "October", "November"])
    if kind == "last4":
        return d(4)
    if kind == "room":
        return rng.choice([f"R{rng.randint(1, 4)}.{d(2)}", f"Raum {rng.randint(1, 12)}" if lang == "de" else f"room {rng.randint(1, 12)}"])
    if kind == "hour":
        return str(rng.randint(7, 19))
    if kind == "n":
        return str(rng.randint(2, 12))
    if kind == "year":
        return str(rng.randint(2019, 2026))
    if kind == "look":
        return rng.choice(D.LOOKALIKES[lang])
    if kind == "placegiven":
        return rng.choice(D.PLACE_NAMES_AS_GIVEN)
    if kind == "km":
        return f"{rng.randint(4, 38)} km"
    if kind == "hm":
        return f"{rng.randint(3, 18) * 100} Hm" if lang == "de" else f"{rng.randint(3, 18) * 100} m"
    if kind == "temp":
        return f"{rng.randint(-20, 15)} °C"
    if kind == "town":
        c = rng.choice(["DE", "AT", "CH"]) if lang == "de" else rng.choice(["GB", "US", "IE"])
        return {"DE": lambda: rng.choice(D.DE_TOWNS)[1], "AT": lambda: rng.choice(D.AT_TOWNS)[1], "CH": lambda: rng.choice(D.CH_TOWNS)[1],
                "GB": lambda: rng.choice(D.GB_TOWNS)[0], "US": lambda: rng.choice(D.US_TOWNS)[0], "IE": lambda: rng.choice(D.IE_TOWNS)[0]}[c]()
    if kind == "errcode":
        return rng.choice([f"E{d(3)}", f"ERR_{rng.choice(['TIMEOUT', 'AUTH', 'RATE_LIMIT', 'SYNC'])}", f"HTTP {rng.choice([401, 403, 404, 429, 500, 502, 503])}"])
    if kind == "port":
        return str(rng.choice([443, 8080, 22, 5432, 3306, 8443]))
    if kind == "session":
        return "".join(rng.choice("0123456789abcdef") for _ in range(12))
    raise KeyError(kind)


# ---------------------------------------------------------------- rendering


VALUE_KINDS = ("ip", "ip4", "ip6", "iban", "card", "tax", "phone", "mobile", "landline", "email", "shopmail")
LOOKALIKE_KINDS = (
    "order",
    "order10",
    "invoice",
    "customer",
    "ticket",
    "tracking",
    "sku",
    "gtin",
    "lot",
    "date",
    "topen",
    "tclose",
    "dob",
    "hhmm",
    "iso",
    "clf",
    "time",
    "price",
    "zip",
    "qty",
    "pct",
    "weight",
    "volume",
    "size",
    "product",
    "kind",
    "colour",
    "store",
    "carrier",
    "dealer",
    "version",
    "vat",
    "weekday",
    "month",
    "last4",
    "room",
    "hour",
    "n",
    "year",
    "look",
    "placegiven",
    "km",
    "hm",
    "temp",
    "town",
    "errcode",
    "port",
    "session",
)


class Ctx:
    """The state of one text: its people, addresses and cached values."""

    def __init__(self, rng, lang, parity, phrases, region=None, clean=False):
        self.rng = rng
        self.lang = lang
        self.parity = parity
        self.phrases = phrases
        self.fixed_region = region is not None
        self.region = region or common.weighted_choice(rng, REGIONS[lang])
        self.clean = clean
        self.people = {}
        self.addresses = {}
        self.cache = {}

    def pick(self, items):
        return self.rng.choice(half(items, self.parity))

    def person(self, ns):
        p = self.people.get(ns)
        if p is None:
            country = self.region
            if not self.fixed_region and self.rng.random() < 0.12:
                country = common.weighted_choice(self.rng, REGIONS[self.lang])
            p = Person(self, country, staff=ns.startswith("s"))
            self.people[ns] = p
        return p

    def alternatives(self, template):
        while True:
            m = ALT.search(template)
            if not m:
                return template
            template = template[: m.start()] + self.rng.choice(m.group(1).split("|")) + template[m.end() :]

    def render(self, template):
        template = self.alternatives(template)
        pieces, pos = [], 0
        for m in SLOT.finditer(template):
            pieces.append((template[pos : m.start()], None))
            pieces.extend(self.resolve(m.group(1), m.group(2)))
            pos = m.end()
        pieces.append((template[pos:], None))
        pieces = [p for p in pieces if p[0]]
        # a look-alike that ends in a full stop ("12.3.") before the template's own full stop
        for i in range(len(pieces) - 1):
            (a, la), (b, lb) = pieces[i], pieces[i + 1]
            if a.endswith(".") and b.startswith(".") and not b.startswith(".."):
                if la is None:
                    pieces[i] = (a[:-1], None)
                elif lb is None:
                    # "Tammy G." at the end of a sentence takes no second full stop
                    pieces[i + 1] = (b[1:], None)
        return [p for p in pieces if p[0]]

    def resolve(self, ns, key):
        if self.clean and (PERSON_NS.match(ns) or ns == "v" or ns.startswith("a")):
            raise AssertionError(f"slot {ns}.{key} in a text without personal data")
        if PERSON_NS.match(ns):
            return self.person(ns).form(key)
        if ns == "x":
            return self.render(self.pick(self.phrases[key]))
        if re.fullmatch(r"a[0-9]", ns):
            a = self.addresses.get(ns)
            if a is None:
                a = Address(self.rng, self.region)
                self.addresses[ns] = a
            if key in ("town", "zip", "country"):
                return [(getattr(a, key), None)]
            v = self.cache.get((ns, key))
            if v is None:
                v = {"line": a.line, "block": a.block, "street": a.street_only}[key]()
                self.cache[(ns, key)] = v
            return [(v, "STREET_ADDRESS")]
        if ns in ("v", "d"):
            kinds = VALUE_KINDS if ns == "v" else LOOKALIKE_KINDS
            if key in kinds:
                base, cached = key, False
            else:
                base, cached = key.rstrip("0123456789"), True
                assert base in kinds, key
            if cached and (ns, key) in self.cache:
                return self.cache[(ns, key)]
            if ns == "v":
                out = [self.value(base)]
            elif base == "price":
                out = [(self.price(), None)]
            else:
                out = [(lookalike(base, self.rng, self.lang), None)]
            if cached:
                self.cache[(ns, key)] = out
            return out
        raise KeyError(f"{ns}.{key}")

    def price(self):
        """A price in one currency style per text."""
        rng = self.rng
        if "_price_style" not in self.cache:
            self.cache["_price_style"] = rng.randrange(6)
        st = self.cache["_price_style"]
        e, c = rng.randint(9, 499), rng.choice(["00", "95", "99", "90", "50"])
        if self.lang == "de":
            return [f"{e},{c} €", f"€ {e},{c}", f"{e},– €", f"EUR {e},{c}", f"CHF {e}.{c}", f"{e} Euro"][st]
        return [f"£{e}.{c}", f"${e}.{c}", f"€{e}", f"€{e}.{c}", f"USD {e}.{c}", f"£{e}"][st]

    def value(self, kind):
        rng = self.rng
        if kind == "ip":
            return (ip(rng), "IP_ADDRESS")
        if kind == "ip4":
            return (common.ipv4(rng), "IP_ADDRESS")
        if kind == "ip6":
            return (common.ipv6(rng), "IP_ADDRESS")
        if kind == "iban":
            return (iban_for(rng, self.region), "IBAN")
        if kind == "card":
            return (common.credit_card(rng), "CREDIT_CARD")
        if kind == "tax":
            return (common.de_tax_id(rng), "DE_TAX_ID")
        if kind == "phone":
            return (phone(rng, self.region), "PHONE")
        if kind == "mobile":
            return (phone(rng, self.region, mobile=True), "PHONE")
        if kind == "landline":
            return (phone(rng, self.region, mobile=False), "PHONE")
        if kind == "email":
            f, l = invented_name(rng) if rng.random() < 0.5 else (common.fake("en_GB" if self.lang == "en" else "de_DE", rng).first_name(), common.fake("en_GB" if self.lang == "en" else "de_DE", rng).last_name())
            return (personal_email(rng, f, l, self.region), "EMAIL")
        if kind == "shopmail":
            if self.lang == "de":
                m = rng.choice(["kundenservice@talgrat.de", "service@talgrat.de", "retouren@talgrat.de", "hallo@talgrat.de", "club@talgrat.de"])
            else:
                m = rng.choice(["service@talgrat.com", "help@talgrat.com", "returns@talgrat.com", "hello@talgrat.com", "club@talgrat.com"])
            return (m, "EMAIL")
        raise KeyError(kind)

    def finish(self, pieces):
        text, ents, protected, pos = [], [], [], 0
        for t, label in pieces:
            if label and label.startswith("_"):
                protected.append((pos, pos + len(t)))
            elif label:
                ents.append({"type": label, "start": pos, "end": pos + len(t), "value": t})
            text.append(t)
            pos += len(t)
        return "".join(text), ents, protected


# ---------------------------------------------------------------- checks


def check_spans(text, ents):
    last_end = -1
    for e in ents:
        assert text[e["start"] : e["end"]] == e["value"], (e, text)
        assert e["value"] == e["value"].strip() and e["value"], (e, text)
        assert e["start"] >= last_end, ("overlap or unsorted", ents, text)
        last_end = e["end"]


def _occurrences(text, needle):
    pat = re.compile(r"(?<![\w@])" + re.escape(needle) + r"(?![\w])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def unlabelled_mentions(text, ents, protected):
    """Places where a value (or one name of a PERSON) that a template inserted with a label also
    stands without one. Returns a list of (value, start)."""
    covers = [(e["start"], e["end"]) for e in ents] + list(protected)
    needles = []
    for e in ents:
        needles.append(e["value"])
        if e["type"] == "PERSON":
            for tok in re.split(r"[\s,\-]+", e["value"]):
                t = tok.strip(".'’")
                if len(t) >= 3 and t.lower() not in D.PARTICLES and not t.endswith("."):
                    needles.append(t)
    bad = []
    seen = []
    for n in needles:
        if n in seen:
            continue
        seen.append(n)
        for a, b in _occurrences(text, n):
            if not any(s <= a and b <= e for s, e in covers):
                bad.append((n, a))
    return bad
