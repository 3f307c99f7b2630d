"""Machinery of the seventeenth PII bank, dev half: people, addresses, phone numbers, checksummed
values, look-alikes, the template renderer that records spans, and the validators used by the
self-checks. Standard library only; every draw goes through one `random.Random`.

Template syntax: `{slot}` is filled by `Ctx.resolve`, `⟨a|b|c⟩` picks one alternative.
A template string may start with `@AT ` (or another country code) to set the text's country.
"""

import ipaddress
import random
import re
import unicodedata

import pii17_dev_names as N

# ---------------------------------------------------------------- small helpers


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def wchoice(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


_FOLD = {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i", "İ": "I",
         "ł": "l", "Ł": "L", "ø": "o", "đ": "d", "Đ": "D", "æ": "ae"}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-"))


# ---------------------------------------------------------------- checksummed values

_IBAN_BBAN = {"DE": "n18", "AT": "n16", "CH": "n17", "GB": "a4n14", "IE": "a4n14", "FR": "n23", "NL": "a4n10",
              "IT": "a1n22", "ES": "n20", "BE": "n12"}
_BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
               "NL": ["INGB", "ABNA", "RABO", "TRIO", "SNSB"]}


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def make_iban(rng: random.Random, country: str, grouped: bool) -> str:
    spec = _IBAN_BBAN[country]
    if country in _BANK_CODES:
        bban = rng.choice(_BANK_CODES[country]) + digits(rng, int(spec.split("n")[1]))
    elif spec.startswith("a1"):
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 22)
    else:
        bban = digits(rng, int(spec[1:]))
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_valid(value)
    if grouped:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def issuer_ok(number: str) -> bool:
    n = len(number)
    if number[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(number[:2]) <= 55 or 2221 <= int(number[:4]) <= 2720):
        return True
    if n == 15 and number[:2] in ("34", "37"):
        return True
    if n == 16 and (number[:4] == "6011" or number[:2] == "65" or 644 <= int(number[:3]) <= 649):
        return True
    if n == 16 and 3528 <= int(number[:4]) <= 3589:
        return True
    if n == 14 and (number[:2] in ("36", "38") or 300 <= int(number[:3]) <= 305):
        return True
    return False


def card_valid(value: str) -> bool:
    v = re.sub(r"[ -]", "", value)
    return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) and issuer_ok(v)


def make_card(rng: random.Random) -> str:
    kind = wchoice(rng, [("visa", 44), ("mc", 28), ("mc2", 6), ("amex", 12), ("disc", 5), ("jcb", 5)])
    prefix, length = {
        "visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15), "disc": (rng.choice(["6011", "65"]), 16),
        "jcb": (str(rng.randint(3528, 3589)), 16),
    }[kind]
    while True:
        body = prefix + digits(rng, length - 1 - len(prefix))
        for c in "0123456789":
            if luhn_ok(body + c):
                number = body + c
                break
        if card_valid(number):
            break
    style = rng.random()
    groups = [number[:4], number[4:10], number[10:]] if length == 15 else [number[i:i + 4] for i in range(0, 16, 4)]
    if style < 0.55:
        return " ".join(groups)
    if style < 0.72:
        return "-".join(groups)
    return number


def taxid_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", v):
        return False
    body = v[:10]
    counts = sorted((body.count(c) for c in "0123456789"), reverse=True)
    if counts[0] == 2:
        if counts[1] != 1 or counts.count(0) != 1:
            return False
    elif counts[0] == 3:
        if counts[1] != 1 or counts.count(0) != 2:
            return False
        if any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
            return False
    else:
        return False
    product = 10
    for c in body:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10 == int(v[10])


def make_taxid(rng: random.Random) -> str:
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        rep = pool[0]
        times = rng.choice([2, 2, 3])
        body = [rep] * times + pool[1:11 - times]
        rng.shuffle(body)
        body = "".join(body)
        if body[0] == "0":
            continue
        product = 10
        for c in body:
            s = (int(c) + product) % 10 or 10
            product = (s * 2) % 11
        value = body + str((11 - product) % 10)
        if taxid_valid(value):
            break
    return value if rng.random() < 0.7 else f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


def make_ip(rng: random.Random, kind: str) -> str:
    if kind == "v4":
        first = rng.choice([5, 31, 37, 46, 62, 77, 79, 81, 84, 87, 88, 91, 93, 94, 109, 134, 141, 145, 176, 178,
                            185, 188, 193, 194, 212, 213, 217, 51, 52, 86, 90, 92, 82])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "doc4":
        return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{rng.randint(1, 254)}"
    if kind == "priv4":
        return rng.choice([
            f"192.168.{rng.choice([0, 1, 2, 10, 178])}.{rng.randint(2, 254)}",
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "127.0.0.1",
        ])
    h = lambda: format(rng.randint(0, 0xFFFF), "x")  # noqa: E731
    if kind == "v6":
        pre = rng.choice(["2a02:8108", "2003:e4", "2a01:c22", "2001:16b8", "2a00:1450", "2a02:810d", "2600:1700",
                          "2a0a:a540", "2001:db8"])
        if rng.random() < 0.5:
            return f"{pre}:{h()}:{h()}::{h()}"
        rest = [h() for _ in range(8 - len(pre.split(":")))]
        return pre + ":" + ":".join(rest)
    if kind == "priv6":
        return rng.choice([f"fd{format(rng.randint(0, 255), '02x')}:{h()}:{h()}::{rng.randint(1, 99)}",
                           f"fe80::{h()}:{h()}:{h()}:{h()}", "::1"])
    raise KeyError(kind)


def ip_valid(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return False


def gtin13(rng: random.Random) -> str:
    body = rng.choice(["40", "42", "43", "76", "90", "50", "87"]) + digits(rng, 10)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gift_card(rng: random.Random) -> str:
    """A 16-digit gift-card number that fails Luhn (so it is no card number)."""
    while True:
        n = rng.choice(["6034", "6280", "4711", "9276", "4000"]) + digits(rng, 12)
        if not luhn_ok(n):
            return rng.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


# ---------------------------------------------------------------- invented names

_ON = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "ch", "sh", "kr", "pl",
       "tr", "br", "dw", "j", "y", "th", "qu"]
_VO = ["a", "e", "i", "o", "u", "a", "e", "o", "ae", "ou", "ei", "ia", "y"]
_CO = ["", "", "", "n", "l", "r", "s", "m", "x", "nd", "rt", "lk"]
_GEND = {"f": ["a", "ine", "ella", "ja", "ise", "ira", "ett"], "m": ["o", "ek", "an", "ar", "im", "us", "en"]}
_SEND = ["ov", "ani", "ström", "mann", "eck", "ari", "ade", "ić", "berg", "ley", "wick", "oth", "enko", "aro"]
_ALL_NAMES = None
_COMMON = set()


def _all_names():
    global _ALL_NAMES
    if _ALL_NAMES is None:
        s = set()
        for f, m, l in N.ORIGINS.values():
            for x in f + m + l:
                for part in re.split(r"[ /-]", x):
                    s.add(part.lower())
        for lst in (N.DE_STREETS, N.AT_STREETS, N.CH_STREETS, N.GB_STREETS, N.US_STREETS, N.IE_STREETS,
                    N.FR_STREETS, N.NL_STREETS, N.IT_STREETS):
            for x in lst:
                for part in x.split():
                    s.add(part.lower())
        for lst in (N.DE_TOWNS, N.AT_TOWNS, N.CH_TOWNS, N.GB_TOWNS, N.US_TOWNS, N.IE_TOWNS, N.FR_TOWNS,
                    N.NL_TOWNS, N.IT_TOWNS):
            for t in lst:
                for part in re.split(r"[ ()-]", t[0]):
                    s.add(part.lower())
        _ALL_NAMES = s
    return _ALL_NAMES


COMMON_WORDS = set("""the and for with you your our are was were will have has had not but all any can one out day
get him his her she how man new now old see two way who boy did its let put say too use may will rose hill
long young stone grace mark bill rich sun tag tee wir sie der die das und mit von bei den dem des ein eine
bitte danke hallo tschau ciao hose jacke schuh socke berg tal weg see alm grat kar
nike puma lidl aldi ikea bosch sony audi""".split())


def invented_name(rng: random.Random, gender: str) -> tuple[str, str]:
    names = _all_names()
    while True:
        first = rng.choice(_ON) + rng.choice(_VO) + rng.choice(_CO)
        first = (first + rng.choice(_GEND[gender])).capitalize()
        last = "".join(rng.choice(_ON) + rng.choice(_VO) + rng.choice(_CO[:6]) for _ in range(2))
        if rng.random() < 0.5:
            last += rng.choice(_SEND)
        last = last.capitalize()
        ok = 4 <= len(first) <= 8 and 5 <= len(last) <= 11 and all(len(x) >= 4 and x.lower() not in names and x.lower() not in COMMON_WORDS for x in (first, last))
        if ok and first != last and not re.search(r"(.)\1\1", first + last):
            return first, last


def is_invented_ok(first: str, last: str) -> bool:
    names = _all_names()
    return first.lower() not in names and last.lower() not in names


# ---------------------------------------------------------------- people

HONS = {
    "de": {"f": [("Frau", 10), ("Fr.", 2), ("Frau Dr.", 2), ("Frau Prof.", 0.5)],
           "m": [("Herr", 10), ("Hr.", 2), ("Herr Dr.", 2), ("Herr Prof. Dr.", 0.5)]},
    "at": {"f": [("Frau", 8), ("Frau Mag.", 3), ("Frau Dr.", 2), ("Frau DI", 1)],
           "m": [("Herr", 8), ("Herr Mag.", 3), ("Herr Ing.", 2), ("Herr DI", 1), ("Herr Dr.", 1)]},
    "en": {"f": [("Ms", 6), ("Ms.", 4), ("Mrs", 3), ("Mrs.", 2), ("Miss", 1), ("Dr", 1), ("Dr.", 1)],
           "m": [("Mr", 7), ("Mr.", 5), ("Dr", 1), ("Dr.", 1), ("Prof.", 0.5)]},
}
MAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org",
           "gmx.at", "aon.at", "bluewin.ch", "gmx.ch", "icloud.com", "yahoo.de"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com", "aol.com",
           "proton.me", "eircom.net", "comcast.net", "sky.com", "hotmail.co.uk", "fastmail.com"],
}
COUNTRY_WEIGHTS = {
    "de": [("DE", 62), ("AT", 14), ("CH", 12), ("NL", 3), ("FR", 3), ("IT", 3), ("GB", 2), ("US", 1), ("IE", 1)],
    "en": [("GB", 42), ("US", 30), ("IE", 13), ("DE", 5), ("FR", 3), ("NL", 3), ("IT", 2), ("AT", 1), ("CH", 1)],
}


class Person:
    def __init__(self, ctx, key):
        rng = ctx.rng
        self.ctx = ctx
        self.key = key
        self.gender = rng.choice("fm")
        if ctx.country and rng.random() < 0.85:
            self.country = ctx.country
        else:
            self.country = wchoice(rng, COUNTRY_WEIGHTS[ctx.lang])
        if ctx.origin_hint and rng.random() < 0.6:
            origin = ctx.origin_hint
        elif self.country == "AT" and ctx.lang == "de" and rng.random() < 0.6:
            origin = "at"
        elif self.country == "CH" and ctx.lang == "de" and rng.random() < 0.6:
            origin = "ch"
        else:
            origin = wchoice(rng, N.ORIGIN_WEIGHTS[ctx.lang])
        self.origin = origin
        self.invented = ctx.invent_ok and rng.random() < ctx.invent_rate
        if self.invented:
            self.first, self.last = invented_name(rng, self.gender)
            self.origin = "invented"
        else:
            f, m, surnames = N.ORIGINS[origin]
            self.first = rng.choice(f if self.gender == "f" else m)
            if origin in ("de", "at", "ch") and rng.random() < 0.04:
                other = rng.choice(f if self.gender == "f" else m)
                if "-" not in self.first and other != self.first and "-" not in other:
                    self.first = f"{self.first}-{other}"
            self.last = self._surname(rng, surnames)
            if origin in ("de", "at", "ch", "en", "nl") and rng.random() < 0.05:
                second = self._surname(rng, surnames)
                if second != self.last and " " not in second and " " not in self.last:
                    self.last = f"{self.last}-{second}"
            if origin == "de" and rng.random() < 0.03 and " " not in self.last:
                self.last = f"{rng.choice(N.PARTICLES['de'])} {self.last}"
        self.full = f"{self.first} {self.last}"
        hon_table = HONS["en"] if ctx.lang == "en" else HONS["at" if self.country == "AT" else "de"]
        self.hon = wchoice(rng, hon_table[self.gender])
        self.hon_plain = {"de": {"f": "Frau", "m": "Herr"}, "en": {"f": rng.choice(["Ms", "Mrs"]), "m": "Mr"}}[ctx.lang][self.gender]
        local = self._local(rng)
        self.email = f"{local}@{rng.choice(MAIL_DOMAINS[ctx.lang])}"
        self.work_local = local
        self.handle = "@" + rng.choice([fold(self.first).lower(), fold(self.first).lower() + "_" + fold(self.last[:1]).lower(),
                                        fold(self.first).lower()[:4] + str(rng.randint(1, 99)),
                                        fold(self.last).lower() + "." + rng.choice(["outdoor", "trails", "hikes", "bergauf"])])

    def _surname(self, rng, surnames):
        s = rng.choice(surnames)
        if "/" in s:
            m, f = s.split("/")
            s = f if self.gender == "f" else m
        return s

    def _local(self, rng):
        fi, la = fold(self.first).lower(), fold(self.last.replace(" ", "")).lower().replace("'", "")
        form = rng.choice([f"{fi}.{la}", f"{fi}.{la}", f"{fi[0]}.{la}", f"{fi}{la}", f"{fi}_{la}", f"{la}.{fi}",
                           f"{fi}{rng.randint(1, 99)}", f"{fi[0]}{la}{rng.randint(70, 99)}", f"{fi}-{la}",
                           f"{la}{rng.randint(1, 9)}"])
        return form.strip(".-_") or "post"

    def form(self, name):
        """The labelled piece(s) for a form of the name."""
        rng = self.ctx.rng
        P = "PERSON"
        if name == "full":
            return [(self.full, P)]
        if name == "first":
            return [(self.first, P)]
        if name == "last":
            return [(self.last, P)]
        if name == "lf":
            return [(f"{self.last}, {self.first}", P)]
        if name == "caps":
            return [(self.full.upper(), P)]
        if name == "lastcaps":
            return [(self.last.upper(), P)]
        if name == "lfcaps":
            return [(f"{self.last.upper()}, {self.first}", P)]
        if name == "lower":
            return [(self.full.lower(), P)]
        if name == "firstlower":
            return [(self.first.lower(), P)]
        if name == "init":
            return [(f"{self.first} {self.last.split(' ')[-1][0]}.", P)] if not self.last.startswith(("van", "de", "von", "del", "Di ", "De ", "Le ")) else [(f"{self.first} {self.last[0].upper()}.", P)]
        if name == "fi":
            return [(f"{self.first[0]}. {self.last}", P)]
        if name == "any":
            return self.form(wchoice(rng, [("full", 70), ("fi", 10), ("init", 8), ("lf", 4), ("caps", 4), ("lower", 4)]))
        if name == "sig":
            return self.form(wchoice(rng, [("full", 60), ("first", 25), ("caps", 8), ("init", 7)]))
        if name == "hon":  # honorific + surname: only the surname is labelled
            return [(self.hon + " ", None), (self.last, P)]
        if name == "honfull":
            return [(self.hon + " ", None), (self.full, P)]
        if name == "mr":
            return [(self.hon_plain, None)]
        if name == "dear":
            hon = self.hon_plain if self.hon in ("Hr.", "Fr.") else self.hon
            if self.ctx.lang == "de":
                return [(("Sehr geehrte " if self.gender == "f" else "Sehr geehrter ") + hon, None)]
            return [("Dear " + hon, None)]
        if name == "liebe":
            return [("Liebe" if self.gender == "f" else "Lieber", None)]
        if name == "r":  # German article ending: "die Kundin"/"der Kunde"
            return [("in" if self.gender == "f" else "", None)]
        if name == "sie":
            return [("sie" if self.gender == "f" else "er", None)]
        if name == "ihr":
            return [("ihr" if self.gender == "f" else "sein", None)]
        if name == "she":
            return [("she" if self.gender == "f" else "he", None)]
        if name == "her":
            return [("her" if self.gender == "f" else "his", None)]
        if name == "obj":
            return [("her" if self.gender == "f" else "him", None)]
        if name == "She":
            return [("She" if self.gender == "f" else "He", None)]
        if name == "Sie":
            return [("Sie" if self.gender == "f" else "Er", None)]
        if name == "ihn":
            return [("sie" if self.gender == "f" else "ihn", None)]
        if name == "ihm":
            return [("ihr" if self.gender == "f" else "ihm", None)]
        if name == "e":  # adjective/noun ending: "Kundin"/"Kunde" via {p1.kunde}
            return [("e" if self.gender == "f" else "er", None)]
        if name == "kundel":
            return [("kundin" if self.gender == "f" else "kunde", None)]
        if name == "kunde":
            return [("Kundin" if self.gender == "f" else "Kunde", None)]
        if name == "der":
            return [("die" if self.gender == "f" else "der", None)]
        if name == "den":
            return [("die" if self.gender == "f" else "den", None)]
        if name == "dem":
            return [("der" if self.gender == "f" else "dem", None)]
        if name == "hr":
            return [(self.hon, None)]
        if name == "herrn":
            return [(self.hon.replace("Herr", "Herrn", 1) if self.hon.startswith("Herr") else self.hon, None)]
        if name == "email":
            return [(self.email, "EMAIL")]
        if name == "work":
            return [(f"{fold(self.first).lower()}.{fold(self.last.replace(' ', '')).lower().replace(chr(39), '')}@{self.ctx.work_domain}", "EMAIL")]
        if name == "handle":
            return [(self.handle, None)]
        if name in ("tel", "mobile", "land"):
            key = f"{self.key}.{name}"
            if key not in self.ctx.cache:
                self.ctx.cache[key] = make_phone(rng, self.country, None if name == "tel" else name)
            return [(self.ctx.cache[key], "PHONE")]
        raise KeyError(name)


# ---------------------------------------------------------------- addresses

COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}


def _uk_inward(rng):
    return str(rng.randint(0, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


class Address:
    def __init__(self, rng: random.Random, country: str, lang: str):
        self.country = country
        self.country_name = COUNTRY_NAMES[lang][country]
        no = str(rng.choice([rng.randint(1, 40), rng.randint(1, 120), rng.randint(1, 15)]))
        if country == "DE":
            street = rng.choice(N.DE_STREETS)
            if street.endswith("straße") and rng.random() < 0.2:
                street = street[:-6] + "str."
            if rng.random() < 0.12:
                no += rng.choice(["a", "b", " a", f"-{int(no) + 2}"])
            town, lo, hi = rng.choice(N.DE_TOWNS)
            self.zip = f"{rng.randint(lo, hi):05d}"
            self.town = town
            self.street = f"{street} {no}"
            pz = ("D-" if rng.random() < 0.08 else "") + self.zip
            self.town_line = f"{pz} {town}"
        elif country == "AT":
            street = rng.choice(N.AT_STREETS)
            town, lo, hi = rng.choice(N.AT_TOWNS)
            if town == "Wien":
                self.zip = f"1{rng.randint(1, 23):02d}0"
            else:
                self.zip = str(rng.randint(lo, hi))
            if rng.random() < 0.35:
                no += f"/{rng.randint(1, 6)}" + (f"/{rng.randint(1, 24)}" if rng.random() < 0.5 else "")
            self.town = town
            self.street = f"{street} {no}"
            self.town_line = f"{'A-' if rng.random() < 0.15 else ''}{self.zip} {town}"
        elif country == "CH":
            street = rng.choice(N.CH_STREETS)
            town, lo, hi = rng.choice(N.CH_TOWNS)
            self.zip = str(rng.randint(lo, hi))
            self.town = town
            self.street = f"{street} {no}"
            self.town_line = f"{'CH-' if rng.random() < 0.2 else ''}{self.zip} {town}"
        elif country == "GB":
            street = rng.choice(N.GB_STREETS)
            self.street = f"{no} {street}"
            if rng.random() < 0.15:
                self.street = f"Flat {rng.randint(1, 12)}, {self.street}"
            if rng.random() < 0.2:
                self.town = "London"
                self.zip = f"{rng.choice(N.GB_LONDON)} {_uk_inward(rng)}"
            else:
                town, area, lo, hi = rng.choice(N.GB_TOWNS)
                self.town = town
                self.zip = f"{area}{rng.randint(lo, hi)} {_uk_inward(rng)}"
            self.town_line = f"{self.town}{rng.choice([' ', ', '])}{self.zip}"
        elif country == "US":
            street = rng.choice(N.US_STREETS)
            self.street = f"{rng.randint(10, 9899)} {street}"
            if rng.random() < 0.2:
                self.street += rng.choice([f", Apt {rng.randint(1, 40)}", f" #{rng.randint(100, 990)}", f", Unit {rng.choice('ABCD')}", f", Suite {rng.randint(100, 500)}"])
            town, st, lo, hi = rng.choice(N.US_TOWNS)
            self.state = st
            self.town = town
            self.zip = f"{rng.randint(lo, hi):05d}"
            self.town_line = f"{town}, {st} {self.zip}"
        elif country == "IE":
            street = rng.choice(N.IE_STREETS)
            self.street = f"{no} {street}"
            town, key = rng.choice(N.IE_TOWNS)
            self.town = town
            self.zip = key + " " + "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            self.town_line = f"{town}, {self.zip}" if rng.random() < 0.7 else f"Co. {rng.choice(['Kerry', 'Galway', 'Mayo', 'Cork', 'Wicklow'])}, {self.zip}" if not town.startswith("Dublin") else f"{town}, {self.zip}"
        elif country == "FR":
            street = rng.choice(N.FR_STREETS)
            self.street = f"{no}{rng.choice([' ', ', ', ' bis '])}{street}" if rng.random() < 0.9 else f"{no} {street}"
            town, lo, hi = rng.choice(N.FR_TOWNS)
            self.town = town
            self.zip = f"{rng.randint(lo, hi):05d}"
            self.town_line = f"{self.zip} {town}"
        elif country == "NL":
            street = rng.choice(N.NL_STREETS)
            self.street = f"{street} {no}" + (rng.choice(["-II", " hs", "A"]) if rng.random() < 0.15 else "")
            town, lo, hi = rng.choice(N.NL_TOWNS)
            self.town = town
            letters = rng.choice(["AB", "GV", "KL", "CP", "EH", "JT", "BR", "XN", "HW", "MP"])
            self.zip = f"{rng.randint(lo, hi)} {letters}"
            self.town_line = f"{self.zip} {town}"
        elif country == "IT":
            street = rng.choice(N.IT_STREETS)
            self.street = f"{street} {no}" if rng.random() < 0.8 else f"{street}, {no}"
            town, lo, hi = rng.choice(N.IT_TOWNS)
            self.town = town
            self.zip = f"{rng.randint(lo, hi):05d}"
            prov = {"Milano": "MI", "Torino": "TO", "Bolzano": "BZ", "Trento": "TN", "Bologna": "BO", "Firenze": "FI",
                    "Verona": "VR", "Como": "CO", "Bergamo": "BG", "Merano": "BZ", "Aosta": "AO"}[town]
            self.town_line = f"{self.zip} {town}" + (f" ({prov})" if rng.random() < 0.5 else "")
        else:
            raise KeyError(country)
        sep = ", " if rng.random() < 0.85 else " · " if country in ("DE", "AT", "CH") else ", "
        self.line = f"{self.street}{sep}{self.town_line}"
        self.block = f"{self.street}\n{self.town_line}"

    def form(self, name, rng):
        S = "STREET_ADDRESS"
        if name == "line":
            return [(self.line, S)]
        if name == "block":
            return [(self.block, S)]
        if name == "blockcaps":
            return [(self.block.upper(), S)]
        if name == "street":
            return [(self.street, S)]
        if name == "any":
            return self.form(wchoice(rng, [("line", 50), ("block", 30), ("street", 20)]), rng)
        if name == "zip":
            return [(self.zip, None)]
        if name == "town":
            return [(self.town, None)]
        if name == "country":
            return [(self.country_name, None)]
        if name == "cc":
            return [(self.country, None)]
        raise KeyError(name)


# ---------------------------------------------------------------- phone numbers


def _pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def make_phone(rng: random.Random, country: str, kind=None) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    mobile = kind == "mobile" or (kind is None and rng.random() < 0.45)
    if country == "DE":
        if mobile:
            m = rng.choice(["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "175", "176", "177", "178", "179", "1520", "1577"])
            n = d(7) if len(m) == 3 else d(7)
            return rng.choice([f"0{m} {n}", f"+49 {m} {n}", f"+49{m}{n}", f"0{m}/{n[:3]} {n[3:]}", f"0{m}-{n}",
                               f"0{m} {n[:3]} {n[3:]}"])
        a = rng.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "761", "731", "831", "8821",
                        "8652", "8322", "7531", "421", "228", "201", "8041", "6221", "431", "381"])
        n = d(8 - len(a) + 2) if len(a) <= 3 else d(6)
        return rng.choice([f"0{a} {n}", f"0{a}/{n}", f"0{a}-{n}", f"+49 {a} {n}", f"+49 (0){a} {n}", f"+49 (0) {a} {n}",
                           f"(0{a}) {n}", f"0{a} / {_pairs(n)}", f"+49 {a} {_pairs(n)}", f"+49-{a}-{n}"])
    if country == "AT":
        if mobile:
            m = rng.choice(["650", "660", "664", "676", "680", "681", "688", "699"])
            n = d(7)
            return rng.choice([f"0{m} {n}", f"+43 {m} {n}", f"0{m}/{n}", f"+43 {m} {n[:3]} {n[3:5]} {n[5:]}", f"0{m} {n[:3]} {n[3:5]} {n[5:]}"])
        a = rng.choice(["1", "316", "732", "662", "512", "463", "5574", "5572", "2742", "5356", "3687", "6542"])
        n = d(7) if a == "1" else d(6)
        return rng.choice([f"+43 {a} {n}", f"0{a} {n}", f"0{a}/{n}", f"+43 (0){a} {n}", f"+43 {a} {n[:3]} {n[3:]}"])
    if country == "CH":
        if mobile:
            m = rng.choice(["76", "77", "78", "79"])
        else:
            m = rng.choice(["44", "31", "61", "41", "71", "52", "81", "33", "27"])
        n = d(7)
        g = f"{n[:3]} {n[3:5]} {n[5:]}"
        return rng.choice([f"+41 {m} {g}", f"0{m} {g}", f"+41 (0){m} {g}", f"0041 {m} {g}", f"0{m}/{n}"])
    if country == "GB":
        if mobile:
            n = d(6)
            m = "7" + rng.choice(["700", "911", "400", "723", "812", "958", "469"])
            return rng.choice([f"0{m} {n}", f"+44 {m} {n}", f"+44 (0){m} {n}", f"0{m}{n}", f"+44{m}{n}", f"0{m} {n[:3]} {n[3:]}"])
        a, n = rng.choice([("20", d(8)), ("113", d(7)), ("161", d(7)), ("131", d(7)), ("117", d(7)), ("141", d(7)),
                           ("1539", d(6)), ("17687", d(5)), ("29", d(8)), ("1865", d(6))])
        split = {8: 4, 7: 3, 6: 3, 5: 2}[len(n)]
        ng = f"{n[:split]} {n[split:]}"
        return rng.choice([f"0{a} {ng}", f"+44 {a} {ng}", f"+44 (0){a} {ng}", f"(0{a}) {ng}"])
    if country == "US":
        area = rng.choice(sum(N.US_AREA.values(), []))
        ex = f"{rng.randint(2, 9)}{d(2)}"
        n = d(4)
        return rng.choice([f"({area}) {ex}-{n}", f"{area}-{ex}-{n}", f"+1 {area} {ex} {n}", f"{area}.{ex}.{n}",
                           f"+1 ({area}) {ex}-{n}", f"+1-{area}-{ex}-{n}"])
    if country == "IE":
        if mobile:
            m = rng.choice(["83", "85", "86", "87", "89"])
            n = d(7)
            return rng.choice([f"0{m} {n[:3]} {n[3:]}", f"+353 {m} {n[:3]} {n[3:]}", f"+353 ({m}) {n}", f"0{m}-{n}"])
        a = rng.choice(["1", "21", "91", "61", "64", "98", "56"])
        n = d(7) if a == "1" else d(6)
        return rng.choice([f"+353 {a} {n[:3]} {n[3:]}", f"(0{a}) {n[:3]} {n[3:]}", f"0{a} {n}", f"+353 (0){a} {n}"])
    if country == "FR":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "5"])
        n = d(8)
        return rng.choice([f"0{first} {_pairs(n)}", f"+33 {first} {_pairs(n)}", f"0{first}.{'.'.join(n[i:i+2] for i in range(0, 8, 2))}", f"+33 (0){first} {_pairs(n)}"])
    if country == "NL":
        if mobile:
            n = d(8)
            return rng.choice([f"06-{n}", f"06 {n}", f"+31 6 {n}", f"+31 (0)6 {n[:4]} {n[4:]}"])
        a = rng.choice(["20", "30", "10", "70", "71", "50", "40"])
        n = d(7)
        return rng.choice([f"0{a}-{n}", f"+31 {a} {n[:3]} {n[3:]}", f"(0{a}) {n[:3]} {n[3:]}", f"0{a} {n[:3]} {n[3:]}"])
    if country == "IT":
        if mobile:
            m = rng.choice(["320", "328", "333", "338", "340", "347", "349", "366", "393"])
            n = d(7)
            return rng.choice([f"{m} {n[:3]} {n[3:]}", f"+39 {m} {n[:3]} {n[3:]}", f"+39 {m} {n}", f"{m}/{n}"])
        a = rng.choice(["02", "011", "0471", "0461", "051", "055", "045"])
        n = d(8 - len(a) + 2)
        return rng.choice([f"{a} {n}", f"+39 {a} {n}", f"+39 {a} {n[:4]} {n[4:]}", f"({a}) {n}"])
    raise KeyError(country)


def phone_valid(value: str) -> bool:
    dg = re.sub(r"\D", "", value)
    return 8 <= len(dg) <= 15 and re.fullmatch(r"[+(0-9][0-9 ()/.+-]*[0-9]", value) is not None


# ---------------------------------------------------------------- look-alikes (never labelled)

PRODUCTS = {
    "de": ["Almweg Zip-off-Wanderhose", "Fernkamm 45+10", "Firstwand 3-Lagen-Regenjacke", "Gitterhang Grid-Fleecejacke",
           "Hochsattel 30", "Kaltkar Daunenjacke", "Morgengrat Merino 150", "Rinnental Isolationshoody",
           "Schauerpass 2,5-Lagen-Regenjacke", "Steinlauf Trailrunningschuh", "Trittweg Merino-Wandersocken",
           "Wintersteig Wintertrekkinghose"],
    "en": ["Almweg Zip-Off Hiking Trousers", "Fernkamm 45+10", "Firstwand 3-Layer Rain Jacket", "Gitterhang Grid Fleece",
           "Hochsattel 30", "Kaltkar Down Jacket", "Morgengrat Merino 150", "Rinnental Insulated Hoody",
           "Schauerpass 2.5-Layer Rain Jacket", "Steinlauf Trail Running Shoe", "Trittweg Merino Hiking Socks",
           "Wintersteig Winter Trekking Trousers"],
}
SHORT_PRODUCTS = ["Almweg", "Fernkamm 45+10", "Firstwand", "Gitterhang", "Hochsattel 30", "Kaltkar", "Morgengrat",
                  "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
SKUS = ["TG-HT-100", "TG-BP-045", "TG-RJ-100", "TG-FL-100", "TG-BP-030", "TG-DJ-100", "TG-BL-100", "TG-SI-100",
        "TG-RJ-200", "TG-TS-100", "TG-SO-100", "TG-WT-100"]
PRICES_DE = ["129,95 €", "229,95 €", "349,95 €", "119,95 €", "139,95 €", "289,95 €", "89,95 €", "219,95 €",
             "199,95 €", "159,95 €", "24,95 €", "169,95 €"]
PRICES_EN = ["€129.95", "€229.95", "€349.95", "€119.95", "€139.95", "€289.95", "€89.95", "€219.95", "€199.95",
             "€159.95", "€24.95", "€169.95"]
COLOURS = {"de": ["Felsgrau", "Moorbraun", "Schiefer", "Tannenschatten", "Hüttenorange", "Gratblau", "Flechte",
                  "Alpenglühen", "Kalkstein", "Enzian"],
           "en": ["Rock Grey", "Peat Brown", "Slate", "Fir Shade", "Hut Orange", "Ridge Blue", "Lichen", "Alpenglow",
                  "Limestone", "Gentian"]}
CO_DE = ["Bergsport Hofmann GmbH", "Kletterhalle Steinbock e.V.", "Alpinschule Oberland GmbH", "Wanderbaur KG",
         "Schmidt & Partner Logistik GmbH", "Heller Textilveredelung GmbH", "Gipfelwerk Outdoor AG",
         "Sport Brunner Ges.m.b.H.", "Berghaus Keller AG", "Kessler Verpackungen GmbH", "Rucksackmanufaktur Lenz",
         "Spedition Lindner GmbH & Co. KG", "Hüttenwirt Huber OG", "Druckerei Sauer GmbH"]
CO_EN = ["Fisher & Sons Outfitters Ltd", "Highland Trail Supply Co.", "Baker Street Logistics Ltd",
         "Harper Print Ltd", "Northfield Packaging LLC", "Walsh Freight Ltd", "Summit Gear Rentals Inc.",
         "Carter Brothers Outdoor LLC", "Peak District Guides Ltd", "Morrison Textiles plc", "Bluebell Bivvy Co.",
         "Keller Cartons Ltd"]
ROLES = {"de": ["service", "kundenservice", "retouren", "presse", "b2b", "datenschutz", "info", "buchhaltung", "shop", "events"],
         "en": ["service", "hello", "returns", "press", "wholesale", "privacy", "support", "accounts", "orders", "events"]}
BICS = ["COBADEFFXXX", "DEUTDEMMXXX", "BYLADEM1001", "GENODEF1M04", "RZOOAT2L", "BKAUATWW", "UBSWCHZH80A",
        "NWBKGB2L", "AIBKIE2D", "INGBNL2A", "HYVEDEMMXXX", "SSKMDEMMXXX", "GIBAATWWXXX", "ZKBKCHZZ80A"]


def lookalike(kind: str, rng: random.Random, lang: str) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    de = lang == "de"
    if kind == "order":
        return rng.choice([f"TG-{d(6)}", f"{rng.randint(2024, 2026)}-{d(6)}", f"#{d(7)}", f"{d(3)}-{d(7)}-{d(7)}",
                           f"B{d(8)}", f"TG{d(8)}", f"40{d(6)}"])
    if kind == "invoice":
        return rng.choice([f"RE-{rng.randint(2024, 2026)}-{d(5)}", f"INV-{d(6)}", f"{rng.randint(2024, 2026)}/{d(4)}", f"R{d(7)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(5)}", f"T-{d(6)}", f"CS-{d(4)}-{d(2)}", f"{d(6)}"])
    if kind == "tracking":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}{rng.choice(['E', 'A', 'X'])}{rng.choice(['V', 'W'])}{d(10)}",
                           f"JJD{d(18)}", f"RR{d(9)}DE", f"CX{d(9)}AT", f"{d(14)}"])
    if kind == "sku":
        return rng.choice(SKUS) + rng.choice(["", "", f"-{rng.choice(['S', 'M', 'L', 'XL', '42', '44'])}"])
    if kind == "artnr":
        return rng.choice([f"{d(3)}.{d(3)}.{d(2)}", f"{d(5)}-{d(3)}", f"0{d(3)} {d(4)} {d(3)}", f"{d(4)} {d(4)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "date":
        y, m, dd = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if de:
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{dd:02d}"])
        return rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}", f"{y}-{m:02d}-{dd:02d}",
                           f"{dd} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"])
    if kind == "dob":
        y, m, dd = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        return f"{dd:02d}.{m:02d}.{y}" if de else rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{m:02d}/{dd:02d}/{y}"])
    if kind == "time":
        h, mm = rng.randint(7, 19), rng.choice(['00', '15', '30', '45', '05', '50'])
        if de or rng.random() < 0.5:
            return f"{h}:{mm}"
        return f"{h if h <= 12 else h - 12}:{mm} {'am' if h < 12 else 'pm'}"
    if kind == "price":
        i = rng.randrange(12)
        return (PRICES_DE if de else PRICES_EN)[i] if rng.random() < 0.5 else (f"{rng.randint(9, 480)},{rng.choice(['00', '95', '90', '50'])} €" if de else rng.choice([f"£{rng.randint(9, 480)}.{rng.choice(['00', '95', '99'])}", f"${rng.randint(9, 480)}.{rng.choice(['00', '95', '99'])}", f"€{rng.randint(9, 480)}.95"]))
    if kind == "qty":
        return str(rng.randint(2, 240))
    if kind == "vat":
        return rng.choice([f"DE{d(9)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)} MWST", f"GB{d(9)}", f"IE{d(7)}{rng.choice('ABCDW')}"])
    if kind == "bic":
        return rng.choice(BICS)
    if kind == "stnr":
        return rng.choice([f"{d(3)}/{d(3)}/{d(5)}", f"{d(2)}/{d(3)}/{d(5)}", f"{d(4)}{d(1)}0{d(3)}{d(4)}"[:13]])
    if kind == "cust":
        return rng.choice([f"K-{d(6)}", f"KD{d(7)}", f"C{d(6)}", f"{d(6)}", f"CUST-{d(5)}"])
    if kind == "masked":
        return rng.choice([f"**** **** **** {d(4)}", f"XXXX-XXXX-XXXX-{d(4)}", f"•••• {d(4)}", f"{rng.choice(['4', '5'])}{d(3)} 12•• •••• {d(4)}",
                           f"ending in {d(4)}" if not de else f"endet auf {d(4)}"])
    if kind == "gift":
        return gift_card(rng)
    if kind == "plate":
        return rng.choice([f"M-{rng.choice(['AB', 'TK', 'XY', 'LK'])} {rng.randint(10, 9999)}", f"B-{rng.choice(['KL', 'PA'])} {rng.randint(10, 999)}",
                           f"W-{rng.randint(10000, 99999)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}", f"ZH {rng.randint(10000, 999999)}",
                           f"LS{rng.randint(10, 73)} {rng.choice(['ABC', 'XKD', 'MFP'])}"])
    if kind == "passport":
        return rng.choice([f"C{rng.choice('FGHJKLMNPRTVWXYZ')}{d(7)}", f"{d(9)}", f"P{d(7)}"])
    if kind == "product":
        return rng.choice(PRODUCTS[lang])
    if kind == "short":
        return rng.choice(SHORT_PRODUCTS)
    if kind == "colour":
        return rng.choice(COLOURS[lang])
    if kind == "company":
        return rng.choice(CO_DE if de else CO_EN)
    if kind == "weekday":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"] if de else
                          ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 6)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}", f"{rng.randint(1, 12)}.{rng.randint(0, 9)}",
                           f"Build {d(5)}", f"{rng.randint(2024, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 3)}"])
    if kind == "size":
        return rng.choice(["S", "M", "L", "XL", "XS", "42", "44", "46", "39", "41 1/3", "UK 8", "US 10"])
    if kind == "weight":
        return f"{rng.randint(90, 1800)} g"
    if kind == "parcel":
        return rng.choice([f"{rng.randint(1, 4)}/{rng.randint(4, 6)}", f"{rng.randint(2, 31)},{rng.randint(0, 9)} kg" if de else f"{rng.randint(2, 31)}.{rng.randint(0, 9)} kg"])
    if kind == "rma":
        return rng.choice([f"RMA-{d(6)}", f"RT-{rng.randint(2024, 2026)}-{d(4)}", f"R{d(6)}"])
    if kind == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    if kind == "creditor":
        return f"DE{rng.randint(10, 98)}ZZZ0{d(10)}"
    if kind == "svnr":
        return f"{d(2)} {rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99)} {rng.choice('ABKMSW')} {d(3)}"
    if kind == "mandate":
        return f"TG-SEPA-{d(8)}"
    if kind == "ref":
        return rng.choice([f"TG{d(10)}", f"RF{d(2)} {d(4)} {d(4)}", f"{d(4)}-{d(4)}-{d(2)}"])
    if kind == "pct":
        return f"{rng.randint(5, 40)} %" if de else f"{rng.randint(5, 40)}%"
    if kind == "code":
        return rng.choice(["BERGAUF10", "TRAIL15", "HERBST24", "WELCOME10", "SUMMIT20", "GIPFEL5", "NEWSLETTER10"])
    if kind == "zip":
        return rng.choice([f"{rng.randint(10000, 99999)}", f"{rng.randint(1010, 9990)}"])
    if kind == "town":
        return rng.choice([t[0] for t in (N.DE_TOWNS if de else N.GB_TOWNS)])
    raise KeyError(kind)


LOOKALIKE_KINDS = {"order", "invoice", "ticket", "tracking", "sku", "artnr", "gtin", "date", "dob", "time", "price",
                   "qty", "vat", "bic", "stnr", "cust", "masked", "gift", "plate", "passport", "product", "short",
                   "colour", "company", "weekday", "version", "size", "weight", "parcel", "rma", "mandate", "ref",
                   "pct", "code", "zip", "town", "creditor", "svnr", "expiry"}

SHOP = {
    "de": {"tel": "+49 8821 94 37 20", "block": "Talgrat Outdoor GmbH\nMittenwalder Straße 41\n82467 Garmisch-Partenkirchen",
           "street": "Mittenwalder Straße 41", "town_line": "82467 Garmisch-Partenkirchen", "domain": "talgrat.de"},
    "en": {"tel": "+49 8821 94 37 20", "street": "Mittenwalder Straße 41", "town_line": "82467 Garmisch-Partenkirchen",
           "domain": "talgrat.com"},
}


# ---------------------------------------------------------------- context and renderer

SLOT = re.compile(r"\{([A-Za-z0-9_.]+)\}")
ALT = re.compile(r"⟨([^⟨⟩]*)⟩")


class Ctx:
    def __init__(self, rng: random.Random, lang: str, country=None, invent_ok=True, invent_rate=0.115, origin_hint=None):
        self.rng = rng
        self.lang = lang
        self.country = country
        self.invent_ok = invent_ok
        self.invent_rate = invent_rate
        self.origin_hint = origin_hint
        self.persons = {}
        self.addresses = {}
        self.cache = {}
        self.work_domain = SHOP[lang]["domain"] if rng.random() < 0.7 else rng.choice(
            ["bergschule-allgaeu.de", "alpenverein-sektion.de", "trailrun-crew.at", "outdoorblog.ch"] if lang == "de" else
            ["peakmedia.co.uk", "trailcollective.com", "hillwalkers.ie", "summitpr.com"])
        self.default_country = country or wchoice(rng, [("DE", 70), ("AT", 15), ("CH", 15)] if lang == "de" else [("GB", 45), ("US", 35), ("IE", 20)])

    def person(self, key) -> Person:
        if key not in self.persons:
            for _ in range(50):
                p = Person(self, key)
                if all(p.last != o.last and p.first != o.first for o in self.persons.values()):
                    break
            self.persons[key] = p
        return self.persons[key]

    def address(self, key) -> Address:
        if key not in self.addresses:
            n = key[1:]
            country = self.person("p" + n).country if key.startswith("a") else self.default_country
            self.addresses[key] = Address(self.rng, country, self.lang)
        return self.addresses[key]

    def resolve(self, slot: str):
        rng = self.rng
        if "." in slot:
            obj, attr = slot.split(".", 1)
            if re.fullmatch(r"p\d", obj):
                return self.person(obj).form(attr)
            if re.fullmatch(r"[ab]\d", obj):
                return self.address(obj).form(attr, rng)
            if obj == "shop":
                s = SHOP[self.lang]
                if attr == "tel":
                    return [(s["tel"], "PHONE")]
                if attr == "line":
                    return [(f"{s['street']}, {s['town_line']}", "STREET_ADDRESS")]
                if attr == "block":
                    return [(f"{s['street']}\n{s['town_line']}", "STREET_ADDRESS")]
                if attr == "domain":
                    return [(s["domain"], None)]
            raise KeyError(slot)
        if slot in self.cache:
            return self.cache[slot]
        kind = re.sub(r"\d+$", "", slot)
        if kind == "tel":
            out = [(make_phone(rng, self.default_country), "PHONE")]
        elif kind == "mob":
            out = [(make_phone(rng, self.default_country, "mobile"), "PHONE")]
        elif kind == "land":
            out = [(make_phone(rng, self.default_country, "land"), "PHONE")]
        elif kind == "iban":
            c = self.default_country if self.default_country in _IBAN_BBAN else "DE"
            if rng.random() < 0.2:
                c = rng.choice(["DE", "AT", "CH", "NL", "FR", "IT", "ES", "BE", "GB", "IE"])
            out = [(make_iban(rng, c, rng.random() < 0.72), "IBAN")]
        elif kind == "ibande":
            out = [(make_iban(rng, "DE", rng.random() < 0.72), "IBAN")]
        elif kind == "card":
            out = [(make_card(rng), "CREDIT_CARD")]
        elif kind == "taxid":
            out = [(make_taxid(rng), "DE_TAX_ID")]
        elif kind == "ip":
            out = [(make_ip(rng, wchoice(rng, [("v4", 70), ("doc4", 10), ("v6", 20)])), "IP_ADDRESS")]
        elif kind == "ipv":
            out = [(make_ip(rng, "v4"), "IP_ADDRESS")]
        elif kind == "ipsix":
            out = [(make_ip(rng, "v6"), "IP_ADDRESS")]
        elif kind == "ipp":
            out = [(make_ip(rng, wchoice(rng, [("priv4", 80), ("priv6", 20)])), "IP_ADDRESS")]
        elif kind == "role":
            out = [(f"{rng.choice(ROLES[self.lang])}@{SHOP[self.lang]['domain']}", "EMAIL")]
        elif kind == "comail":
            dom = rng.choice(["bergsport-hofmann.de", "alpinschule-oberland.de", "gipfelwerk.at", "brunner-sport.ch"] if self.lang == "de"
                             else ["highlandtrail.co.uk", "summitgear.com", "walshfreight.ie", "peakguides.co.uk"])
            out = [(f"{rng.choice(['info', 'einkauf', 'orders', 'office', 'team', 'buchhaltung' if self.lang == 'de' else 'accounts'])}@{dom}", "EMAIL")]
        elif kind in LOOKALIKE_KINDS:
            out = [(lookalike(kind, rng, self.lang), None)]
        else:
            raise KeyError(slot)
        self.cache[slot] = out
        return out


def render(template: str, ctx: Ctx):
    rng = ctx.rng
    while True:
        m = ALT.search(template)
        if not m:
            break
        template = template[:m.start()] + rng.choice(m.group(1).split("|")) + template[m.end():]
    template = template.replace("{{", "\x01").replace("}}", "\x02")
    parts, ents, length, pos = [], [], 0, 0
    pieces = []
    for m in SLOT.finditer(template):
        pieces.append((template[pos:m.start()], None))
        pieces.extend(ctx.resolve(m.group(1)))
        pos = m.end()
    pieces.append((template[pos:], None))
    for text, label in pieces:
        if not label:
            text = text.replace("\x01", "{{").replace("\x02", "}}")
        if label:
            ents.append({"type": label, "start": length, "end": length + len(text), "value": text})
        parts.append(text)
        length += len(text)
    return "".join(parts), ents


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
CARD_RES = [re.compile(r"(?<![\d-])\d{13,19}(?![\d])"), re.compile(r"(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)"),
            re.compile(r"(?<!\d)\d{4}([ -])\d{6}\1\d{5}(?!\d)"), re.compile(r"(?<!\d)\d{4}([ -])\d{6}\1\d{4}(?!\d)")]
TAX_RES = [re.compile(r"(?<![\d])\d{11}(?![\d])"), re.compile(r"(?<!\d)\d{2} \d{3} \d{3} \d{3}(?!\d)")]
PARTICLE_WORDS = {"von", "van", "der", "den", "de", "la", "del", "di", "zu", "vom", "dem", "le", "da", "dos", "al", "el"}


def _covered(ents, start, end, types=None):
    return any(e["start"] <= start and end <= e["end"] and (types is None or e["type"] in types) for e in ents)


def check(text: str, ents: list, has_pii: bool) -> str | None:
    """None when the rendering is sound, else the first problem found."""
    if has_pii and not ents:
        return "no span in a text with personal data"
    if not has_pii and ents:
        return "span in a text without personal data"
    prev_end = -1
    for e in ents:
        v = e["value"]
        if text[e["start"]:e["end"]] != v:
            return "value mismatch"
        if v != v.strip() or not v:
            return f"untrimmed value {v!r}"
        if e["start"] < prev_end:
            return "overlap"
        prev_end = e["end"]
        t = e["type"]
        if t == "IBAN" and not iban_valid(v):
            return "bad iban"
        if t == "CREDIT_CARD" and not card_valid(v):
            return "bad card"
        if t == "DE_TAX_ID" and not taxid_valid(v):
            return "bad tax id"
        if t == "IP_ADDRESS" and not ip_valid(v):
            return "bad ip"
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            return "bad email"
        if t == "PHONE" and not phone_valid(v):
            return f"bad phone {v!r}"
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"]:b["start"]] in (" ", ""):
            return "two person spans one space apart"
    # nothing left unlabelled
    for m in EMAIL_RE.finditer(text):
        if not _covered(ents, m.start(), m.end(), {"EMAIL"}):
            return f"unlabelled e-mail {m.group()}"
    for m in IPV4_RE.finditer(text):
        if ip_valid(m.group()) and not _covered(ents, m.start(), m.end(), {"IP_ADDRESS"}):
            return f"unlabelled ip {m.group()}"
    for m in IPV6_RE.finditer(text):
        if ip_valid(m.group()) and not _covered(ents, m.start(), m.end(), {"IP_ADDRESS"}):
            return f"unlabelled ipv6 {m.group()}"
    for rx in CARD_RES:
        for m in rx.finditer(text):
            if card_valid(m.group()) and not _covered(ents, m.start(), m.end()):
                return f"unlabelled card {m.group()}"
    for rx in TAX_RES:
        for m in rx.finditer(text):
            if taxid_valid(m.group()) and not _covered(ents, m.start(), m.end()):
                return f"unlabelled tax id {m.group()}"
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}", text):
        s = m.start()
        j = m.end()
        chunk = text[s:j]
        while j < len(text) and (text[j].isalnum() and text[j].isascii() and (text[j].isdigit() or text[j].isupper()) or (text[j] == " " and j + 1 < len(text) and text[j + 1].isalnum())):
            chunk += text[j]
            j += 1
            compact = chunk.replace(" ", "")
            if 15 <= len(compact) <= 34 and (j == len(text) or not text[j].isalnum()) and iban_valid(compact):
                if not _covered(ents, s, j, {"IBAN"}):
                    return f"unlabelled iban {chunk}"
    # no unlabelled copy of a labelled person's name part
    parts = []
    for e in ents:
        if e["type"] == "PERSON":
            for p in re.split(r"[\s,]+", e["value"]):
                p = p.strip(".")
                for q in [p] + p.split("-"):
                    if len(q) >= 3 and q.lower() not in PARTICLE_WORDS and q not in parts:
                        parts.append(q)
    for p in parts:
        for m in re.finditer(r"(?<![\w'’])" + re.escape(p) + r"(?![\w'’])", text, re.IGNORECASE):
            if _covered(ents, m.start(), m.end(), {"PERSON", "EMAIL"}):
                continue
            ls = text.rfind(" ", 0, m.start()) + 1
            le = len(text)
            for sep in (" ", "\n", "\t"):
                k = text.find(sep, m.end())
                if k != -1:
                    le = min(le, k)
            ls = max(ls, text.rfind("\n", 0, m.start()) + 1, text.rfind("\t", 0, m.start()) + 1)
            token = text[ls:le]
            if "@" in token or "://" in token or "www." in token:
                continue
            return f"unlabelled name part {p!r}"
    return None
