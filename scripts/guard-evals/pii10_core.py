"""Shared machinery of the tenth PII bank: people, addresses, phones, companies, distractors,
tables, the renderer (with typos in template words), the scanner and the split builder.

A template is a string with slots and alternatives `((a|b))`:

  {p1.full} {p1.first} {p1.last} {p1.rev} {p1.caps} {p1.low} {p1.lowfirst} {p1.init} {p1.short}
  {p1.mid} {p1.fold} {p1.any} {p1.poss} {p1.hon} {p1.hlast} {p1.hfull} {p1.dear} {p1.hi}
  {p1.email} {p1.phone} {p1.mobile} {p1.g_<word>}      p = customer or third party, s = staff
  {a1.line} {a1.block} {a1.street} {a1.zip} {a1.town} {a1.zt} {a1.country}   (country of p1)
  {c1.name} {c1.email} {c1.phone} {c1.fax} {c1.web} {c1.line} {c1.block} {c1.street}
  {shop.addr} {shop.block} {shop.phone} {shop.email} {shop.town} {shop.street_nonum}
  {v.iban} {v.card} {v.taxid} {v.ip} {v.ip4} {v.ip6} {v.ipp}
  {x.<distractor>} {w.<phrase list>} {t.<table>}

A slot renders to pieces `(text, label or None[, invented])`. Repeating a slot repeats its value.
"""

import hashlib
import ipaddress
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True

import common  # noqa: E402
import pii10_data as D  # noqa: E402
from common import fake, weighted_choice  # noqa: E402

SPLITS = {"dev10": {"en": 16501, "de": 16502}, "heldout10": {"en": 16601, "de": 16602}}
PER_LANG = (400, 100)  # with personal data, without
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


def cut(items, split):
    """Even positions build dev10, odd positions heldout10."""
    items = list(items)
    return items[0::2] if split == "dev10" else items[1::2]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- names

def transliterate(s: str, script: str) -> str:
    out = []
    if script == "el":
        low = unicodedata.normalize("NFD", s.lower())
        low = "".join(c for c in low if unicodedata.category(c) != "Mn")
        for a, b in D.GREEK_DIGRAPHS:
            low = low.replace(a, b)
        res = "".join(D.GREEK.get(c, c) for c in low)
        return " ".join(w[:1].upper() + w[1:] for w in res.split(" "))
    table = dict(D.CYRILLIC)
    table.update(D.CYRILLIC_OVERRIDES[script])
    for c in s:
        t = table.get(c.lower(), c)
        out.append(t.capitalize() if c.isupper() else t)
    return "".join(out)


_NAME_SET = None


def known_names() -> set:
    """Every first and last name of the Faker locales in use, for rejecting invented names."""
    global _NAME_SET
    if _NAME_SET is None:
        names = set()
        rng = random.Random(0)
        locales = sorted({loc for pool in list(D.NAME_LOCALES.values()) + list(D.STAFF_LOCALES.values()) for loc, _ in pool})
        for loc in locales:
            for prov in fake(loc, rng).get_providers():
                if not type(prov).__module__.startswith("faker.providers.person"):
                    continue
                for attr in ("first_names", "first_names_female", "first_names_male", "last_names", "last_names_female", "last_names_male"):
                    for n in getattr(prov, attr, None) or ():
                        names.add(str(n).lower())
        _NAME_SET = names
    return _NAME_SET


_ON2 = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "fr", "kr", "st", "sch"]
_VO2 = ["a", "e", "i", "o", "u", "a", "e", "ei", "au", "ie"]
_CO2 = ["", "", "", "n", "l", "r", "s", "m", "t", "nd", "rt"]
_END_FIRST = ["a", "o", "e", "i", "en", "as", "ina", "ek"]
_END_LAST = ["er", "mann", "berg", "ić", "ak", "ini", "sson", "ow", "eck", "ert", "hofer", "inger", "ides", "escu"]


def invented(rng):
    """An invented given name and surname (two syllable generators), in no Faker list."""
    while True:
        if rng.random() < 0.5:
            first, last = common.invented_name(rng)
        else:
            def word(n, end):
                w = "".join(rng.choice(_ON2) + rng.choice(_VO2) + rng.choice(_CO2) for _ in range(n - 1))
                w += rng.choice(_ON2) + rng.choice(_VO2) + end
                return w[:1].upper() + w[1:]
            first = word(2, rng.choice(_END_FIRST + [""]))
            last = word(rng.choice([1, 2]), rng.choice(_END_LAST))
        if len(first) < 3 or len(last) < 3:
            continue
        if first.lower() in known_names() or last.lower() in known_names():
            continue
        return first, last


LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "Ae", "ð": "d", "þ": "th", "œ": "oe", "ŀ": "l"})


def fold(s):
    return common.ascii_fold(s.translate(LETTERS))


class Person:
    def __init__(self, rng, lang, mod, staff=False):
        self.rng, self.lang, self.mod, self.staff = rng, lang, mod, staff
        self.gender = rng.choice("fm")
        self.country = "DE" if staff and lang == "de" and rng.random() < 0.6 else weighted_choice(rng, D.RESIDENCE[lang])
        self.invented = rng.random() < 0.11
        if self.invented:
            self.locale = "invented"
            self.first, self.last = invented(rng)
        else:
            self.locale = weighted_choice(rng, (D.STAFF_LOCALES if staff else D.NAME_LOCALES)[lang])
            f = fake(self.locale, rng)
            self.first = f.first_name_female() if self.gender == "f" else f.first_name_male()
            self.last = f.last_name_female() if self.gender == "f" else f.last_name_male()
            r = rng.random()
            if self.locale in D.DOUBLE_SURNAME and r < D.DOUBLE_SURNAME[self.locale]:
                self.last += " " + f.last_name()
            elif r < 0.08 and " " not in self.last:
                other = f.last_name()
                if other != self.last:
                    self.last = f"{self.last}-{other}"
            elif r < 0.14 and self.locale in D.PARTICLES and " " not in self.last and "'" not in self.last:
                p = rng.choice(D.PARTICLES[self.locale])
                self.last = f"{p}{self.last}" if p.endswith("'") else (f"{p}{self.last[0].upper()}{self.last[1:].lower()}" if p in ("Mc", "Mac") else f"{p} {self.last}")
            if self.locale in D.TRANSLIT_LOCALES:
                script = D.TRANSLIT_LOCALES[self.locale]
                self.first, self.last = transliterate(self.first, script), transliterate(self.last, script)
        self.full = f"{self.first} {self.last}"
        self.email = self._email()
        self.phone = phone_number(rng, self.country, mobile=rng.random() < 0.5)
        self.mobile = phone_number(rng, rng.choice(D.FOREIGN_MOBILE[self.country]) if rng.random() < 0.1 else self.country, mobile=True)
        hon = mod.HONORIFICS[self.gender]
        self.hon = rng.choice(hon)

    def _email(self):
        rng = self.rng
        fo, la = fold(self.first).lower(), fold(self.last.replace(" ", "")).lower().replace("'", "")
        fo, la = fo.strip(".-") or "info", la.strip(".-") or "post"
        sep = rng.choice([".", ".", "", "_", "-"])
        local = rng.choice([f"{fo}{sep}{la}", f"{fo[0]}{sep}{la}", f"{fo}{rng.randint(1, 99)}", f"{la}{sep}{fo}", f"{fo}{sep}{la}{rng.randint(60, 99)}",
                            f"{fo}.{la[0]}", f"{la}{rng.randint(1, 9)}", f"{fo}{sep}{la}.{rng.choice(['outdoor', 'berg', 'trail', 'home', 'mail'])}"])
        if self.staff and rng.random() < 0.85:  # staff write from the shop's domain
            local = rng.choice([f"{fo}.{la}", f"{fo[0]}.{la}", f"{fo}", f"{la}"])
            return f"{local}@{rng.choice(D.SHOP_DOMAINS[self.lang])}"
        email = f"{local}@{rng.choice(D.MAIL_DOMAINS[self.country])}"
        return email.upper() if rng.random() < 0.04 else email

    def pieces(self, field, ctx):
        P, inv = "PERSON", self.invented
        name = lambda s: [(s, P, inv)]  # noqa: E731
        if field == "full":
            return name(self.full)
        if field == "first":
            return name(self.first)
        if field == "last":
            return name(self.last)
        if field == "rev":
            return name(f"{self.last}, {self.first}")
        if field == "caps":
            return name(self.full.upper())
        if field == "capslast":
            return name(self.last.upper())
        if field == "low":
            return name(self.full.lower())
        if field == "lowfirst":
            return name(self.first.lower())
        if field == "init":
            parts = self.first.split("-")
            return name("-".join(p[0] + "." for p in parts) + " " + self.last)
        if field == "short":
            return name(f"{self.first} {self.last[0]}.")
        if field == "mid":
            return name(f"{self.first} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {self.last}")
        if field == "fold":
            return name(fold(self.first).replace(".", "") + " " + " ".join(fold(w) for w in self.last.split(" ")))
        if field == "poss":
            return [(self.first, P, inv), ("'" if self.first[-1] in "sxzß" else "'s", None)]
        if field == "hon":
            return [(self.hon, None)]
        if field == "hlast":
            return [(self.hon + " ", None), (self.last, P, inv)]
        if field == "hfull":
            return [(self.hon + " ", None), (self.full, P, inv)]
        if field == "dear":
            return [(ctx.phrase_g("dear", self.gender) + " ", None), (self.last, P, inv)]
        if field == "hi":
            return [(ctx.phrase_g("hi", self.gender) + " ", None), (self.first, P, inv)]
        if field == "any":
            form = weighted_choice(self.rng, [("full", 40), ("hlast", 15), ("hfull", 8), ("rev", 5), ("caps", 4), ("init", 6), ("short", 6), ("first", 9), ("low", 3), ("mid", 4)])
            return self.pieces(form, ctx)
        if field == "email":
            return [(self.email, "EMAIL")]
        if field == "phone":
            return [(self.phone, "PHONE")]
        if field == "mobile":
            return [(self.mobile, "PHONE")]
        if field.startswith("g_"):
            return [(self.mod.GENDERED[field[2:]][self.gender], None)]
        raise KeyError(field)


# ---------------------------------------------------------------- phones

NSN_LEN = {"DE": (10, 11), "AT": (9, 11), "CH": (9, 9), "GB": (10, 10), "IE": (9, 9), "FR": (9, 9), "NL": (9, 9), "IT": (9, 10),
           "ES": (9, 9), "PL": (9, 9), "TR": (10, 10), "NG": (10, 10), "IN": (10, 10), "CZ": (9, 9)}
TRUNK = {"DE", "AT", "CH", "GB", "IE", "FR", "NL", "TR", "NG", "IN"}


def group(rng, s, style=None):
    style = style if style is not None else rng.choice(["plain", "pairs", "34", "3s", "plain"])
    if style == "plain" or len(s) < 5:
        return s
    if style == "pairs":
        head = s[: len(s) % 2] if len(s) % 2 else ""
        rest = s[len(head):]
        out = [rest[i : i + 2] for i in range(0, len(rest), 2)]
        return (head + out[0] + " " + " ".join(out[1:])) if head else " ".join(out)
    if style == "34":
        return s[:3] + " " + s[3:]
    groups = [s[i : i + 3] for i in range(0, len(s), 3)]
    if len(groups[-1]) == 1:
        groups[-2:] = [groups[-2] + groups[-1]]
    return " ".join(groups)


def phone_number(rng, country, mobile=None, ext=False):
    cc, areas, mobiles = D.PHONE_PLANS[country]
    if country == "US":
        area, ex, line = rng.choice(areas), f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
        if rng.random() < 0.06:
            area = rng.choice(["800", "888", "877"])
        num = rng.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"+1 {area} {ex} {line}", f"{area}.{ex}.{line}", f"+1 ({area}) {ex}-{line}", f"1-{area}-{ex}-{line}", f"+1-{area}-{ex}-{line}"])
        return num + (rng.choice([f" ext. {digits(rng, 3)}", f" x{digits(rng, 3)}", f" ext {rng.randint(2, 99)}", f" Ext. {digits(rng, 4)}"]) if ext else "")
    if mobile is None:
        mobile = bool(mobiles) and rng.random() < 0.45
    prefix = rng.choice(mobiles) if (mobile and mobiles) else rng.choice(areas)
    lo, hi = NSN_LEN[country]
    sub = str(rng.randint(1, 9)) + digits(rng, max(4, rng.randint(lo, hi) - len(prefix)) - 1)
    trunk = "0" if country in TRUNK else ""
    if country == "FR":
        nsn = prefix + sub[: 8]
        nat = "0" + nsn[0] + " " + " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
        intl = f"+33 {nsn[0]} " + " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
        num = rng.choice([nat, nat, intl, intl.replace("+33 ", "+33 (0)"), nat.replace(" ", "."), "0033 " + intl[4:]])
        return num
    if country == "ES":
        nsn = (prefix + sub)[:9].ljust(9, "0")
        g3 = " ".join(nsn[i : i + 3] for i in range(0, 9, 3))
        g2 = nsn[:3] + " " + " ".join(nsn[i : i + 2] for i in range(3, 9, 2))
        return rng.choice([g3, g2, "+34 " + g3, "+34 " + nsn, "0034 " + g3])
    g = group(rng, sub)
    sep = rng.choice([" ", " ", "/", " / ", "-"]) if country in ("DE", "AT") else rng.choice([" ", " ", "-"]) if country in ("NL", "GB") else " "
    nat = f"{trunk}{prefix}{sep}{g}"
    if country in ("DE", "AT") and not mobile and rng.random() < 0.2:
        nat = f"({trunk}{prefix}) {g}"
    intl = f"+{cc} {prefix} {g}"
    forms = [(nat, 5), (intl, 4), (f"00{cc} {prefix} {g}", 1)]
    if country in ("DE", "AT", "CH", "GB"):
        forms.append((f"+{cc} (0){prefix} {g}", 1))
        forms.append((f"+{cc} (0) {prefix} {g}", 1) if country != "GB" else (f"+{cc} {prefix}{sub}", 1))
    if country == "DE":
        forms.append((f"+{cc}{prefix}{sub}", 1))
    num = weighted_choice(rng, forms)
    if ext:
        if country in ("DE", "AT", "CH"):
            num = num.replace(" / ", "/") + rng.choice(["-0", f"-{rng.randint(10, 99)}", f"-{rng.randint(100, 399)}", f" - {rng.randint(10, 99)}"])
        elif country in ("GB", "IE"):
            num += rng.choice([f" ext. {digits(rng, 3)}", f" x{digits(rng, 3)}", f" ext {rng.randint(2, 99)}"])
    return num


# ---------------------------------------------------------------- addresses


class Address:
    def __init__(self, rng, country, lang):
        self.rng, self.country, self.lang = rng, country, lang
        getattr(self, "_" + country.lower())()
        self.country_name = D.COUNTRY_NAMES[lang][country]

    def _dach_street(self, patterns, honorees, f, ss=False):
        rng = self.rng
        if rng.random() < 0.3:
            s = f.street_name()
        else:
            s = rng.choice(patterns).format(b=rng.choice(D.DE_STREET_BASES), m=rng.choice(D.DE_NOUN_M), f=rng.choice(D.DE_NOUN_F),
                                            pl=rng.choice(D.DE_NOUN_PL), h=rng.choice(honorees), fr=rng.choice(D.CH_FR),
                                            frp=rng.choice(D.CH_FRP), it=rng.choice(D.CH_IT))
        return s.replace("ß", "ss") if ss else s

    def _number(self):
        rng = self.rng
        n = rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(1, 12)])
        return weighted_choice(rng, [(str(n), 60), (f"{n}{rng.choice('abc')}", 12), (f"{n} {rng.choice('ab')}", 4), (f"{n}–{n + 2}", 3), (f"{n}-{n + rng.randint(1, 4)}", 4)])

    def _de(self):
        rng, f = self.rng, fake("de_DE", self.rng)
        street = self._dach_street(D.DE_STREET_PATTERNS, D.DE_HONOREES, f)
        if rng.random() < 0.15:
            street = street.replace("straße", "str.").replace("Straße", "Str.")
        self.street = f"{street} {self._number()}" + weighted_choice(rng, [("", 82), (f", {rng.randint(1, 5)}. OG", 5), (" (Hinterhaus)", 3), (f", {rng.randint(1, 4)}. Stock links", 3), (f" / Whg. {rng.randint(1, 24)}", 3), (", EG rechts", 2), (f", App. {rng.randint(1, 40)}", 2)])
        self.zip, self.town = f.postcode(), f.city()
        self.zt = [f"{self.zip} {self.town}"]

    def _at(self):
        rng, f = self.rng, fake("de_AT", self.rng)
        street = self._dach_street(D.AT_STREET_PATTERNS, D.AT_HONOREES, f)
        n = rng.randint(1, 80)
        self.street = f"{street} " + weighted_choice(rng, [(str(n), 40), (f"{n}/{rng.randint(1, 5)}/{rng.randint(1, 30)}", 20), (f"{n}/Top {rng.randint(1, 25)}", 12), (f"{n}, Stiege {rng.randint(1, 4)}, Top {rng.randint(1, 20)}", 8), (f"{n}{rng.choice('ab')}", 8), (f"{n}/{rng.randint(1, 12)}", 12)])
        self.zip, self.town = f.postcode(), f.city()
        self.zip = ("A-" if rng.random() < 0.25 else "") + self.zip
        self.zt = [f"{self.zip} {self.town}"]

    def _ch(self):
        rng, f = self.rng, fake("de_CH", self.rng)
        street = self._dach_street(D.CH_STREET_PATTERNS, D.CH_HONOREES, f, ss=True)
        self.street = f"{street} {self._number()}"
        self.zip, self.town = f.postcode(), f.city()
        self.zip = ("CH-" if rng.random() < 0.3 else "") + self.zip
        self.zt = [f"{self.zip} {self.town}"]

    def _gb(self):
        rng = self.rng
        street = f"{rng.choice(D.GB_STREET_BASES)} {rng.choice(D.GB_STREET_TYPES)}"
        n = rng.randint(1, 180)
        self.street = weighted_choice(rng, [(f"{n} {street}", 60), (f"{n}{rng.choice('AB')} {street}", 10), (f"Flat {rng.randint(1, 12)}, {n} {street}", 14),
                                            (f"{rng.choice(['Rose', 'Ivy', 'Fern', 'Holly'])} Cottage, {n} {street}", 4), (f"{n}–{n + 2} {street}", 4), (f"Apartment {rng.randint(1, 40)}, {rng.choice(['Riverside', 'Mill', 'Albion', 'Victoria'])} House, {n} {street}", 8)])
        self.town, areas = rng.choice(D.GB_TOWNS)
        self.zip = f"{rng.choice(areas)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        locality = [rng.choice(D.GB_LOCALITIES)] if rng.random() < 0.2 else []
        self.zt = locality + weighted_choice(rng, [([f"{self.town} {self.zip}"], 55), ([self.town.upper(), self.zip], 20), ([self.town, self.zip], 25)])

    def _ie(self):
        rng = self.rng
        n = rng.randint(1, 120)
        street = f"{rng.choice(D.IE_STREET_BASES)} {rng.choice(D.IE_STREET_TYPES)}"
        self.street = weighted_choice(rng, [(f"{n} {street}", 70), (f"Apt {rng.randint(1, 30)}, {n} {street}", 15), (f"{n}{rng.choice('AB')} {street}", 15)])
        self.town, key = rng.choice(D.IE_TOWNS)
        self.zip = f"{key} {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(0, 9)}{rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(0, 9)}"
        self.zt = weighted_choice(rng, [([f"{self.town}, {self.zip}"], 40), ([self.town, self.zip], 40), ([f"{self.town} {self.zip}"], 20)])

    def _us(self):
        rng = self.rng
        street = f"{rng.randint(10, 9899)} {rng.choice(['', '', 'N ', 'S ', 'E ', 'W '])}{rng.choice(D.US_STREET_BASES)} {rng.choice(D.US_STREET_TYPES)}"
        self.street = street + weighted_choice(rng, [("", 70), (f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", 14), (f" Suite {rng.randint(100, 990)}", 8), (f", Unit {rng.randint(1, 20)}", 8)])
        self.town, state, z = rng.choice(D.US_TOWNS)
        self.zip = z + digits(rng, 2) + (f"-{digits(rng, 4)}" if rng.random() < 0.15 else "")
        self.zt = [f"{self.town}, {state} {self.zip}"]

    def _fr(self):
        rng = self.rng
        n = rng.randint(1, 90)
        self.street = f"{n}{rng.choice(['', '', '', ' bis', ' ter', ','])} {rng.choice(D.FR_STREET_PATTERNS).format(de=rng.choice(D.FR_DE))}"
        if rng.random() < 0.15:
            self.street = f"Bâtiment {rng.choice('ABC')}, " + self.street
        self.town, self.zip = rng.choice(D.FR_TOWNS)
        self.zt = [f"{self.zip} {self.town}" if rng.random() < 0.8 else f"{self.zip} {self.town.upper()}"]

    def _nl(self):
        rng = self.rng
        s = rng.choice(D.NL_STREET_PATTERNS).format(b=rng.choice(D.NL_BASES), h=rng.choice(D.NL_HONOREES))
        n = rng.randint(1, 300)
        self.street = f"{s} {weighted_choice(rng, [(str(n), 60), (f'{n}-II', 10), (f'{n} hs', 8), (f'{n}A', 12), (f'{n}-{rng.randint(1, 3)}', 10)])}"
        self.town, pre = rng.choice(D.NL_TOWNS)
        self.zip = f"{pre}{digits(rng, 2)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        self.zt = [f"{self.zip} {self.town}" if rng.random() < 0.8 else f"{self.zip}  {self.town.upper()}"]

    def _it(self):
        rng = self.rng
        s = rng.choice(D.IT_STREET_PATTERNS).format(x=rng.choice(D.IT_X), p=rng.choice(D.IT_P), q=rng.choice(D.IT_Q))
        n = rng.randint(1, 150)
        self.street = f"{s}{rng.choice([' ', ', '])}{weighted_choice(rng, [(str(n), 70), (f'{n}/B', 12), (f'{n} int. {rng.randint(1, 12)}', 10), (f'{n}/{rng.randint(1, 9)}', 8)])}"
        self.town, self.zip, prov = rng.choice(D.IT_TOWNS)
        self.zt = [rng.choice([f"{self.zip} {self.town} ({prov})", f"{self.zip} {self.town} {prov}", f"{self.zip} {self.town}"])]

    def _es(self):
        rng = self.rng
        s = rng.choice(D.ES_STREET_PATTERNS).format(x=rng.choice(D.ES_X), y=rng.choice(D.ES_Y), c=rng.choice(D.ES_C))
        n = rng.randint(1, 140)
        self.street = f"{s}{rng.choice([' ', ', '])}{n}" + weighted_choice(rng, [("", 50), (f", {rng.randint(1, 8)}º {rng.choice('ABCD')}", 25), (f", {rng.randint(1, 6)}º izq.", 10), (f", bajo {rng.choice(['A', 'dcha.'])}", 5), (f", {rng.randint(1, 6)}-{rng.randint(1, 4)}", 10)])
        self.town, pre = rng.choice(D.ES_TOWNS)
        self.zip = pre + digits(rng, 5 - len(pre))
        self.zt = [f"{self.zip} {self.town}"]

    def line(self):
        sep = ", " if self.country in ("GB", "IE", "US") else weighted_choice(self.rng, [(", ", 80), (" · ", 7), (" - ", 7), (" – ", 6)])
        return self.street + sep + ", ".join(self.zt)

    def block(self):
        return "\n".join([self.street] + self.zt)

    def pieces(self, field):
        S = "STREET_ADDRESS"
        if field == "line":
            return [(self.line(), S)]
        if field == "block":
            return [(self.block(), S)]
        if field == "blockc":
            return [(self.block(), S), ("\n" + self.country_name, None)]
        if field == "street":
            return [(self.street, S)]
        if field == "zip":
            return [(self.zip, None)]
        if field == "town":
            return [(self.town, None)]
        if field == "zt":
            return [(" ".join(self.zt), None)]
        if field == "country":
            return [(self.country_name, None)]
        raise KeyError(field)


# ---------------------------------------------------------------- companies, the shop


def slug(s):
    s = re.sub(r"\b(GmbH|AG|KG|OHG|e\.U\.|e\.V\.|Co\.|Ltd|LLC|Inc\.|Group|& Co\. KG)\b", "", s)
    s = common.ascii_fold(s.replace("&", " ").replace(" ", "-")).lower()
    s = re.sub(r"-+", "-", s).strip("-.")
    return "-".join(s.split("-")[:2])


class Company:
    def __init__(self, rng, lang):
        self.rng = rng
        own = lang if rng.random() < 0.85 else ("en" if lang == "de" else "de")
        self.name = rng.choice(D.COMPANIES[own])
        self.country = weighted_choice(rng, D.RESIDENCE[lang])
        tld = {"DE": "de", "AT": "at", "CH": "ch", "GB": "co.uk", "IE": "ie", "US": "com", "FR": "fr", "NL": "nl", "IT": "it", "ES": "es"}[self.country]
        self.domain = f"{slug(self.name)}.{tld}"
        box = rng.choice(["info", "office", "einkauf", "buchhaltung", "kontakt", "verkauf", "bestellung"] if own == "de" else ["info", "office", "orders", "accounts", "hello", "sales", "purchasing"])
        self.email = f"{box}@{self.domain}"
        self.phone = phone_number(rng, self.country, mobile=False, ext=rng.random() < 0.5)
        self.fax = phone_number(rng, self.country, mobile=False, ext=rng.random() < 0.3)
        self.address = Address(rng, self.country, lang)

    def pieces(self, field):
        if field == "name":
            return [(self.name, None)]
        if field == "email":
            return [(self.email, "EMAIL")]
        if field == "phone":
            return [(self.phone, "PHONE")]
        if field == "fax":
            return [(self.fax, "PHONE")]
        if field == "web":
            return [("www." + self.domain, None)]
        return self.address.pieces(field)


class Shop:
    def __init__(self, rng, lang):
        self.store, self.street, self.zt = rng.choice(D.SHOP_STORES[lang])
        self.domain = rng.choice(D.SHOP_DOMAINS[lang])
        self.email = f"{rng.choice(D.ROLE_MAILBOXES[lang])}@{self.domain}"
        country = {"talgrat.at": "AT", "talgrat.ch": "CH", "talgrat.co.uk": "GB"}.get(self.domain, "DE")
        self.phone = phone_number(rng, country, mobile=False, ext=rng.random() < 0.6)
        self.nonum = rng.choice(D.SHOP_STREETS_NO_NUMBER[lang])

    def pieces(self, field):
        return {
            "addr": [(f"{self.street}, {self.zt}", "STREET_ADDRESS")],
            "block": [(f"{self.street}\n{self.zt}", "STREET_ADDRESS")],
            "street": [(self.street, "STREET_ADDRESS")],
            "phone": [(self.phone, "PHONE")],
            "email": [(self.email, "EMAIL")],
            "store": [(self.store, None)],
            "street_nonum": [(self.nonum, None)],
            "domain": [(self.domain, None)],
        }[field]


# ---------------------------------------------------------------- checksummed values


def tax_id_valid(value):
    v = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", v):
        return False
    body = v[:10]
    counts = Counter(body)
    if sorted(counts.values(), reverse=True)[0] not in (2, 3) or sum(1 for c in counts.values() if c > 1) != 1:
        return False
    if any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
        return False
    return common.de_tax_id_valid(v)


CARD_PREFIX = re.compile(r"^(4|5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6011|65)")


def card_valid(value):
    v = re.sub(r"[ -]", "", value)
    return v.isdigit() and len(v) in (15, 16) and common.luhn_valid(v) and bool(CARD_PREFIX.match(v)) and (len(v) == 15) == bool(re.match(r"3[47]", v))


def value_pieces(field, rng):
    if field == "iban":
        return [(common.iban(rng, weighted_choice(rng, [("DE", 50), ("AT", 12), ("CH", 10), ("NL", 5), ("GB", 6), ("IE", 4), ("FR", 5), ("IT", 4), ("ES", 4)]), grouped=rng.random() < 0.65), "IBAN")]
    if field == "iban_de":
        return [(common.iban(rng, "DE", grouped=rng.random() < 0.7), "IBAN")]
    if field == "card":
        return [(common.credit_card(rng), "CREDIT_CARD")]
    if field == "taxid":
        return [(common.de_tax_id(rng), "DE_TAX_ID")]
    if field == "ip4":
        return [(common.ipv4(rng), "IP_ADDRESS")]
    if field == "ip6":
        return [(rng.choice([common.ipv6(rng), f"fe80::{rng.randint(0x100, 0xffff):x}:{rng.randint(0x10, 0xffff):x}:{rng.randint(0x10, 0xffff):x}:{rng.randint(0x100, 0xffff):x}", f"2001:db8:{rng.randint(1, 0xfff):x}::{rng.randint(1, 0xff):x}"]), "IP_ADDRESS")]
    if field == "ipp":
        return [(rng.choice([f"192.168.{rng.randint(0, 30)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"]), "IP_ADDRESS")]
    if field == "ip":
        return value_pieces(weighted_choice(rng, [("ip4", 70), ("ip6", 20), ("ipp", 10)]), rng)
    raise KeyError(field)


# ---------------------------------------------------------------- distractors (never labelled)


DATE_STYLES = {"de": ["{d:02d}.{m:02d}.{y}", "{d}.{m}.{y}", "{d:02d}.{m:02d}.{yy:02d}", "{y}-{m:02d}-{d:02d}", "{d}. {mon} {y}"],
               "en": ["{d:02d}/{m:02d}/{y}", "{m}/{d}/{y}", "{y}-{m:02d}-{d:02d}", "{d} {mon} {y}", "{mon} {d}, {y}", "{d:02d}.{m:02d}.{y}"]}
MONTHS = {"de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
          "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}


def date_text(rng, lang, style, years=(2023, 2026)):
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    return style.format(d=d, m=m, y=y, yy=y % 100, mon=MONTHS[lang][m - 1])


def time_text(rng, lang, twelve):
    h, mi = rng.randint(7, 21), rng.choice([0, 0, 15, 30, 45, 10, 50])
    if twelve:
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
    return f"{h}:{mi:02d}" + (" Uhr" if lang == "de" and rng.random() < 0.3 else "")


def distractor(kind, rng, lang, ctx=None):
    d = lambda n: digits(rng, n)  # noqa: E731
    base = kind.rstrip("0123456789")
    date_style = ctx.date_style if ctx else DATE_STYLES[lang][0]
    if base == "date":
        return date_text(rng, lang, date_style)
    if base == "dob":
        return date_text(rng, lang, date_style, (1948, 2006))
    if base == "time":
        return time_text(rng, lang, ctx.twelve if ctx else False)
    L = lambda s: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(s))  # noqa: E731
    own = {
        "cust": lambda: rng.choice([f"KD-{d(6)}", f"{d(7)}", f"C{d(7)}", f"K{d(5)}-{d(2)}", f"TG{d(8)}"]),
        "sortcode": lambda: f"{d(2)}-{d(2)}-{d(2)}",
        "blz": lambda: f"{d(3)} {d(3)} {d(2)}",
        "bic": lambda: rng.choice(["COBADEFFXXX", "DEUTDEMMXXX", "BYLADEM1001", "GENODEF1M04", "RZOOAT2L", "UBSWCHZH80A", "BOFIIE2D", "NWBKGB2L", "INGBNL2A", "HELADEF1822"]),
        "rma": lambda: rng.choice([f"RMA-{d(2)}-{d(4)}", f"R{d(6)}", f"RT-{d(5)}-{L(1)}"]),
        "voucher": lambda: rng.choice([f"TG-{L(4)}-{d(4)}", f"{L(3)}{d(2)}-{L(4)}", f"GIFT-{L(2)}{d(3)}{L(2)}"]),
        "giftcard": lambda: f"6{d(2)} {d(4)} {d(4)} {d(3)}",
        "stno": lambda: rng.choice([f"{d(3)}/{d(3)}/{d(5)}", f"{d(2)}/{d(3)}/{d(5)}", f"{d(4)}/{d(4)}/{d(4)}"]),
        "vat": lambda: rng.choice([f"DE{d(9)}", f"DE {d(3)} {d(3)} {d(3)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)} MWST", f"GB {d(3)} {d(4)} {d(2)}", f"IE{d(7)}{L(1)}"]),
        "hrb": lambda: rng.choice([f"HRB {d(5)}", f"HRA {d(4)}", f"FN {d(6)}{rng.choice('abdfgh')}", f"Company No. {d(8)}"]),
        "svnr": lambda: f"{d(2)} {d(6)} {L(1)} {d(3)}",
        "ni": lambda: f"{L(2)} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}",
        "mac": lambda: ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6)),
        "masked_card": lambda: rng.choice([f"**** **** **** {d(4)}", f"XXXX-XXXX-XXXX-{d(4)}", f"{rng.choice(['4', '5'])}{d(3)} **** **** {d(4)}", f"•••• {d(4)}"]),
        "last4": lambda: d(4),
        "masked_iban": lambda: f"DE{d(2)} **** **** **** **{d(2)} {d(2)}",
        "plz": lambda: d(5),
        "packstation": lambda: rng.choice([f"Packstation {d(3)}", f"Postfiliale {d(3)}", f"Paketshop {d(4)}", f"PO Box {d(4)}", f"Postfach {d(2)} {d(2)} {d(2)}", f"Parcel locker {d(3)}"]),
        "postnr": lambda: d(rng.choice([7, 8, 9])),
        "kw": lambda: f"KW {rng.randint(1, 52)}" if lang == "de" else f"week {rng.randint(1, 52)}",
        "lot": lambda: f"LOT {d(2)}{L(2)}{d(3)}",
        "room": lambda: rng.choice(["Raum 2.14", "Besprechungsraum Watzmann", "Lager B3", "Kasse 2"]) if lang == "de" else rng.choice(["Room 2.14", "meeting room Snowdon", "bay B3", "till 2"]),
        "brand": lambda: rng.choice(D.BRANDS),
        "brand2": lambda: rng.choice(D.BRANDS),
        "pproduct": lambda: rng.choice(D.PERSON_PRODUCTS[lang]),
        "sword": lambda: rng.choice(D.SURNAME_WORDS[lang]),
        "company": lambda: rng.choice(D.COMPANIES[lang]),
        "street_nonum": lambda: rng.choice(D.SHOP_STREETS_NO_NUMBER[lang]),
        "town": lambda: rng.choice([t for t, *_ in D.GB_TOWNS] if lang == "en" else ["Garmisch-Partenkirchen", "Oberstdorf", "Innsbruck", "Berchtesgaden", "Chur", "Bozen", "Mittenwald", "Schladming"]),
        "shelf": lambda: rng.choice([f"Regal {rng.choice('ABCDE')}{rng.randint(1, 9)}", f"Fach {rng.randint(1, 60)}"] if lang == "de" else [f"shelf {rng.choice('ABCDE')}{rng.randint(1, 9)}", f"bin {rng.randint(1, 60)}"]),
        "jkind": lambda: rng.choice(["Regenjacke", "Daunenjacke", "Fleecejacke", "Zip-Off-Hose", "Winterhose", "Softshelljacke", "Isolationsjacke", "Wanderhose"]),
        "csize": lambda: rng.choice(["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "46", "52"]),
        "percent": lambda: f"{rng.randint(5, 60)} %" if lang == "de" else f"{rng.randint(5, 60)}%",
        "ms": lambda: f"{rng.randint(40, 900)} ms",
        "case": lambda: rng.choice([f"CASE-{d(5)}", f"#{d(5)}", f"VG-{d(4)}"]),
        "tripcode": lambda: f"{L(3)}-{d(2)}",
    }
    if kind in own:
        return own[kind]()
    if base in own:
        return own[base]()
    return common.distractor(base, rng, lang)


# ---------------------------------------------------------------- tables

# column sets per table genre; cut by position between the splits
TABLES = {
    "contacts": [["company", "first", "last", "role", "phone", "email"], ["company", "rev", "phone", "mobile", "email"],
                 ["company", "full", "role", "phone", "email", "street", "zip", "town"], ["company", "full", "cphone", "cemail", "town"],
                 ["company", "short", "role", "mobile"], ["company", "caps", "phone", "email", "street", "country"]],
    "rota": [["date", "shift", "first", "last", "store", "mobile"], ["day", "shift", "short", "mobile"], ["store", "day", "shift", "full", "mobile"],
             ["full", "shift", "day", "status"], ["day", "first", "shift", "room"], ["date", "rev", "shift", "phone"]],
    "referrals": [["ref", "full", "email", "status", "date"], ["rev", "email", "voucher", "status"], ["first", "last", "email", "mobile", "date", "price"],
                  ["full", "email", "ip", "date", "status"], ["ref", "lowfirst", "email", "status"], ["cust", "full", "mobile", "status"]],
    "merge": [["cust", "name_dup", "email_dup", "phone", "street"], ["cust", "name_dup", "email", "street", "zip", "town", "date"],
              ["cust", "name_dup", "street", "zip", "status"], ["cust", "name_dup", "phone_dup", "street_dup", "date"],
              ["cust", "name_dup", "street_dup", "email"], ["cust", "name_dup", "email_dup", "date", "status"]],
    "bounces": [["date", "email", "reason", "order"], ["time", "email", "status", "ip"], ["date", "full", "email", "reason"],
                ["cust", "email", "reason", "channel"], ["email", "reason", "time"], ["date", "email", "ip", "status"]],
    "consents": [["date", "time", "email", "ip", "source", "status"], ["email", "ip", "date", "channel"], ["cust", "email", "status", "date", "ip"],
                 ["full", "email", "source", "date"], ["time", "email", "ip", "status"], ["date", "email", "source", "ip"]],
    "registrations": [["full", "email", "phone", "level"], ["rev", "email", "level", "status"], ["first", "last", "mobile", "level"],
                      ["full", "email", "date", "status"], ["full", "mobile", "level", "size"], ["caps", "email", "status"]],
}
LAYOUTS = ["csv", "tsv", "md", "fixed", "json", "xml", "semicolon", "pipe", "kv", "bullets"]


def table_cell(ctx, key, i, k):
    """Cell `key` of row `i`; `k` is the row's person (rows of a merge table come in pairs)."""
    p = ctx.person(f"r{k}")
    if key in ("first", "last", "full", "rev", "caps", "short", "lowfirst"):
        return p.pieces(key, ctx)
    if key in ("email", "phone", "mobile"):
        return p.pieces(key, ctx)
    if key in ("street", "zip", "town", "country"):
        return ctx.address(f"r{k}").pieces(key)
    if key == "company":
        return ctx.company(f"r{i}").pieces("name")
    if key == "cphone":
        return ctx.company(f"r{i}").pieces("phone")
    if key == "cemail":
        return ctx.company(f"r{i}").pieces("email")
    if key == "ref":
        return ctx.person("p1").pieces("full", ctx)
    if key == "ip":
        return ctx.value(f"ip{i}", "ip")
    # duplicates: rows 2k and 2k+1 describe one customer written two ways
    if key.endswith("_dup"):
        q = p
        if key == "name_dup":
            form = "full" if i % 2 == 0 else ctx.rng.choice(["rev", "caps", "fold", "init", "short", "low", "mid"])
            return q.pieces(form, ctx)
        if key == "email_dup":
            return [(q.email if i % 2 == 0 else q.email.upper() if ctx.rng.random() < 0.3 else q._email(), "EMAIL")]
        if key == "phone_dup":
            return [(q.phone if i % 2 == 0 else q.mobile, "PHONE")]
        if key == "street_dup":
            a = ctx.address(f"r{k}")
            s = a.street if i % 2 == 0 else a.street.replace("straße", "str.").replace("Straße", "Str.").replace("Road", "Rd").replace("Street", "St")
            return [(s, "STREET_ADDRESS")]
    if key == "date":
        return [(distractor("date", ctx.rng, ctx.lang, ctx), None)]
    if key == "time":
        return [(f"{distractor('date', ctx.rng, ctx.lang, ctx)} {ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}", None)]
    if key in ("order", "cust", "voucher", "price", "room"):
        return [(distractor(key, ctx.rng, ctx.lang, ctx), None)]
    if key == "day":
        return [(distractor("weekday", ctx.rng, ctx.lang, ctx), None)]
    if key == "store":
        return [(ctx.rng.choice(D.SHOP_STORES[ctx.lang])[0], None)]
    if key == "size":
        return [(ctx.rng.choice(["XS", "S", "M", "L", "XL", "XXL"]), None)]
    return [(ctx.rng.choice(ctx.cut(ctx.mod.CELLS[key])), None)]


def render_table(ctx, name):
    rng = ctx.rng
    cols = rng.choice(ctx.cut(TABLES[name]))
    layout = rng.choice(ctx.cut(LAYOUTS))
    n = rng.randint(3, 6) if name != "merge" else 2 * rng.randint(2, 3)
    heads = [rng.choice(ctx.cut(ctx.mod.HEADERS[c])) if len(ctx.mod.HEADERS[c]) > 1 else ctx.mod.HEADERS[c][0] for c in cols]
    rows = [[table_cell(ctx, c, i, i - i % 2 if name == "merge" else i) for c in cols] for i in range(n)]
    out = []

    def cell_text(cell):
        return "".join(p[0] for p in cell)

    if layout in ("csv", "semicolon", "tsv", "pipe"):
        sep = {"csv": ",", "semicolon": ";", "tsv": "\t", "pipe": " | "}[layout]
        out.append((sep.join(heads) + "\n", None))
        for row in rows:
            for j, cell in enumerate(row):
                if j:
                    out.append((sep, None))
                quote = layout in ("csv", "semicolon") and any(ch in cell_text(cell) for ch in ",;\"")
                out += ([('"', None)] + cell + [('"', None)]) if quote else cell
            out.append(("\n", None))
    elif layout in ("md", "fixed"):
        widths = [max(len(h), *(len(cell_text(r[j])) for r in rows)) for j, h in enumerate(heads)]
        if layout == "md":
            out.append(("| " + " | ".join(heads) + " |\n|" + "|".join("---" for _ in heads) + "|\n", None))
            for row in rows:
                out.append(("| ", None))
                for j, cell in enumerate(row):
                    out += cell + [(" | " if j < len(row) - 1 else " |", None)]
                out.append(("\n", None))
        else:
            out.append(("  ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n", None))
            out.append(("  ".join("-" * w for w in widths) + "\n", None))
            for row in rows:
                for j, cell in enumerate(row):
                    out += cell
                    if j < len(row) - 1:
                        out.append((" " * (widths[j] - len(cell_text(cell)) + 2), None))
                out.append(("\n", None))
    elif layout in ("json", "xml"):
        keys = [re.sub(r"[^a-z0-9]+", "_", common.ascii_fold(h.lower().replace(" ", "_")).lower()).strip("_") or f"f{j}" for j, h in enumerate(heads)]
        if layout == "json":
            out.append(("[\n", None))
            for i, row in enumerate(rows):
                out.append(("  {", None))
                for j, cell in enumerate(row):
                    out.append((f'"{keys[j]}": "', None))
                    out += cell
                    out.append(('"' + (", " if j < len(row) - 1 else ""), None))
                out.append(("}" + ("," if i < len(rows) - 1 else "") + "\n", None))
            out.append(("]\n", None))
        else:
            out.append((f"<{name}>\n", None))
            for row in rows:
                out.append(("  <row>", None))
                for j, cell in enumerate(row):
                    out.append((f"<{keys[j]}>", None))
                    out += [(p[0].replace("&", "&amp;"),) + tuple(p[1:]) for p in cell]
                    out.append((f"</{keys[j]}>", None))
                out.append(("</row>\n", None))
            out.append((f"</{name}>\n", None))
    else:  # kv blocks or bullets
        for i, row in enumerate(rows):
            if layout == "kv":
                for j, cell in enumerate(row):
                    out += [(f"{heads[j]}: ", None)] + cell + [("\n", None)]
                out.append(("\n", None))
            else:
                out.append(("- ", None))
                for j, cell in enumerate(row):
                    out += cell + [(" · " if j < len(row) - 1 else "\n", None)]
    # fold XML escapes etc. into pieces; strip trailing newline
    if out and out[-1][0].endswith("\n") and out[-1][1] is None:
        out[-1] = (out[-1][0].rstrip("\n"), None)
    return [p for p in out if p[0]]


# ---------------------------------------------------------------- context and renderer

SLOT = re.compile(r"\{([a-z][a-z0-9_]*\.[a-z0-9_]+)\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{6,}")


class Ctx:
    def __init__(self, rng, lang, split, mod):
        self.rng, self.lang, self.split, self.mod = rng, lang, split, mod
        self.cache, self.people, self.addrs, self.comps = {}, {}, {}, {}
        self.shop = None
        self.date_style = rng.choice(DATE_STYLES[lang])
        self.twelve = lang == "en" and rng.random() < 0.5

    def cut(self, items):
        return cut(items, self.split)

    def phrase_g(self, name, gender):
        return self.rng.choice(self.cut(self.mod.GREETINGS[name][gender]))

    def person(self, key):
        if key not in self.people:
            self.people[key] = Person(self.rng, self.lang, self.mod, staff=key.startswith("s"))
        return self.people[key]

    def address(self, key):
        if key not in self.addrs:
            pkey = "p" + key[1:] if key.startswith("a") else key
            self.addrs[key] = Address(self.rng, self.person(pkey).country, self.lang)
        return self.addrs[key]

    def company(self, key):
        if key not in self.comps:
            self.comps[key] = Company(self.rng, self.lang)
        return self.comps[key]

    def value(self, key, field):
        if key not in self.cache:
            self.cache[key] = value_pieces(field, self.rng)
        return self.cache[key]

    def resolve(self, slot):
        if slot in self.cache:
            return self.cache[slot]
        head, field = slot.split(".", 1)
        if re.fullmatch(r"[ps]\d", head):
            res = self.person(head).pieces(field, self)
        elif re.fullmatch(r"a\d", head):
            res = self.address(head).pieces(field)
        elif re.fullmatch(r"c\d", head):
            res = self.company(head).pieces(field)
        elif head == "shop":
            self.shop = self.shop or Shop(self.rng, self.lang)
            res = self.shop.pieces(field)
        elif head == "v":
            res = value_pieces(field.rstrip("0123456789") if field not in ("ip4", "ip6") else field, self.rng)
        elif head == "x":
            res = [(distractor(field, self.rng, self.lang, self), None)]
        elif head == "w":
            res = [(self.rng.choice(self.cut(self.mod.PHRASES[field.rstrip("0123456789")])), None)]
        elif head == "t":
            res = render_table(self, field)
        else:
            raise KeyError(slot)
        self.cache[slot] = res
        return res


def add_typo(word, rng):
    i = rng.randint(1, len(word) - 3)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def render(template, ctx):
    rng = ctx.rng
    while (m := ALT.search(template)):
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]
    parts = SLOT.split(template)
    literals = parts[0::2]
    if rng.random() < ctx.mod.TYPO_RATE:
        spots = [(k, m) for k, lit in enumerate(literals) for m in WORD.finditer(lit)]
        if spots:
            k, m = rng.choice(spots)
            literals[k] = literals[k][: m.start()] + add_typo(m.group(0), rng) + literals[k][m.end() :]
    pieces = []
    for k, part in enumerate(parts):
        pieces += [(literals[k // 2], None)] if k % 2 == 0 else ctx.resolve(part)
    text, ents, pos = "", [], 0
    for p in pieces:
        t, label = p[0], p[1]
        if label:
            ents.append({"type": label, "start": pos, "end": pos + len(t), "value": t, "_inv": bool(p[2]) if len(p) > 2 else False})
        text += t
        pos += len(t)
    # a given name and a surname rendered by two slots one space apart are one name as written
    merged = []
    for e in ents:
        prev = merged[-1] if merged else None
        if prev and prev["type"] == e["type"] == "PERSON" and text[prev["end"] : e["start"]] == " ":
            prev["end"], prev["value"] = e["end"], text[prev["start"] : e["end"]]
        else:
            merged.append(e)
    return text, merged


# ---------------------------------------------------------------- scanner

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}")
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "BE": 16, "LU": 20, "PL": 28}
DIGIT_RUN = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,}(?!\d)")
TAX_RE = re.compile(r"(?<![\d-])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\d])")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])")
INTL_RE = re.compile(r"(?<![\w+])\+\d|(?<![\w#,.:/+-])00[1-9]\d{0,2}[ \-/(]\d")


def remainder_hits(rest):
    hits = []
    hits += ["email:" + m.group(0) for m in EMAIL_RE.finditer(rest)]
    for m in IBAN_RE.finditer(rest):
        v = m.group(0).replace(" ", "")
        n = IBAN_LEN.get(v[:2])
        if n and len(v) >= n and common.iban_valid(v[:n]):
            hits.append("iban:" + v)
    for m in DIGIT_RUN.finditer(rest):
        v = re.sub(r"[ -]", "", m.group(0))
        for L in (15, 16):
            for s in range(0, len(v) - L + 1):
                if card_valid(v[s : s + L]):
                    hits.append("card:" + v)
    hits += ["taxid:" + m.group(0) for m in TAX_RE.finditer(rest) if tax_id_valid(m.group(0))]
    for m in IPV4_RE.finditer(rest):
        if all(int(o) <= 255 for o in m.group(0).split(".")):
            hits.append("ip:" + m.group(0))
    for m in IPV6_RE.finditer(rest):
        try:
            ipaddress.IPv6Address(m.group(0))
            hits.append("ip6:" + m.group(0))
        except ValueError:
            pass
    hits += ["phone:" + m.group(0) for m in INTL_RE.finditer(rest)]
    return hits


def value_ok(e):
    t, v = e["type"], e["value"]
    if t == "PERSON":
        return len(v) >= 2 and not re.search(r"[\d@]", v)
    if t == "EMAIL":
        return bool(EMAIL_RE.fullmatch(v))
    if t == "IBAN":
        return common.iban_valid(v) and len(v.replace(" ", "")) == IBAN_LEN[v[:2]]
    if t == "CREDIT_CARD":
        return card_valid(v)
    if t == "DE_TAX_ID":
        return tax_id_valid(v)
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if t == "PHONE":
        return len(re.sub(r"\D", "", v)) >= 7 and bool(re.fullmatch(r"[+(\d][\d ()/.+\-]*\d(?:(?: ext\.?| x| Ext\.) ?\d+)?", v))
    if t == "STREET_ADDRESS":
        return bool(re.search(r"\d", v))
    return False


def check(text, ents, want_pii):
    if want_pii != bool(ents):
        return False
    last_end = -1
    for e in ents:
        if text[e["start"] : e["end"]] != e["value"] or e["value"] != e["value"].strip() or not value_ok(e):
            return False
        if e["start"] <= last_end:  # overlapping or touching
            return False
        last_end = e["end"]
    # the remainder: every labelled span blanked out
    chars = list(text)
    for e in ents:
        chars[e["start"] : e["end"]] = "\x00" * (e["end"] - e["start"])
    return not remainder_hits("".join(chars))


# ---------------------------------------------------------------- building a split


def quotas(genres, total):
    base, extra = divmod(total, len(genres))
    return [(g, base + (1 if k < extra else 0)) for k, g in enumerate(genres)]


def build(mod, split):
    lang, seed = mod.LANG, SPLITS[split][mod.LANG]
    rng = random.Random(seed)
    records, seen = [], set()
    for want_pii, genres, total in ((True, mod.PII_GENRES, PER_LANG[0]), (False, mod.CLEAN_GENRES, PER_LANG[1])):
        for genre, n in quotas(list(genres), total):
            templates = cut(genres[genre], split)
            for _ in range(n):
                for attempt in range(200):
                    ctx = Ctx(rng, lang, split, mod)
                    text, ents = render(rng.choice(templates), ctx)
                    if text not in seen and check(text, ents, want_pii):
                        seen.add(text)
                        break
                else:
                    raise SystemExit(f"{split} {lang} {genre}: no clean rendering in 200 draws")
                records.append({"text": text, "lang": lang, "genre": genre, "entities": ents})
    random.Random(seed).shuffle(records)
    out = []
    for k, r in enumerate(records, 1):
        out.append({"id": f"pii-{split}-{lang}-{k:04d}", "text": r["text"], "lang": lang, "genre": r["genre"], "entities": r["entities"]})
    return out


def public(record):
    return {**record, "entities": [{k: e[k] for k in ("type", "start", "end", "value")} for e in record["entities"]]}


def stats(split, lang, records):
    genres = Counter(r["genre"] for r in records)
    types = Counter(e["type"] for r in records for e in r["entities"])
    persons = [e for r in records for e in r["entities"] if e["type"] == "PERSON"]
    inv = sum(e["_inv"] for e in persons)
    lines = [f"== {split} {lang}: {len(records)} records"]
    lines.append("  genres: " + ", ".join(f"{g} {n}" for g, n in sorted(genres.items())))
    lines.append("  entities: " + ", ".join(f"{t} {types.get(t, 0)}" for t in TYPES) + f", total {sum(types.values())}")
    lines.append(f"  invented names: {inv}/{len(persons)} PERSON spans ({100 * inv / max(1, len(persons)):.1f} %)")
    return "\n".join(lines)


def sha256_file(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
